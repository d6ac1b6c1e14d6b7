'use strict';
// ioredis against the redis-server on 127.0.0.1:<argv[2]>: two cluster workers share state
// through it (a counter, per-worker session hashes, a transaction, pub/sub to the primary), as
// sessions are shared between workers; the primary prints what they left, in a fixed order.
const cluster = require('cluster');
const Redis = require('ioredis');

const port = Number(process.argv[2]);
// A loaded machine may take seconds to connect: no reconnect, which would re-run the ready check.
// Commands wait for 'ready': under load ioredis can send a SUBSCRIBE ahead of its ready check's
// INFO, which the server then refuses, and the subscriber never hears a message (seen under node).
async function connect() {
  const redis = new Redis({ port, host: '127.0.0.1', connectTimeout: 60000, maxRetriesPerRequest: 1,
                            lazyConnect: true });
  await redis.connect();
  return redis;
}

async function worker() {
  const id = cluster.worker.id;
  const redis = await connect();
  for (let i = 0; i < 5; i++) await redis.incr('hits');
  await redis.hset(`session:w${id}`, { worker: String(id), visits: '5' });
  await redis.expire(`session:w${id}`, 60);
  const tx = await redis.multi().incr('tx').incr('tx').exec();
  const piped = await redis.pipeline().set(`p:${id}`, 'x').get(`p:${id}`).exec();
  await redis.publish('events', `hello from ${id}`);
  process.send({ tx: tx.length, piped: piped[1][1] });
  await redis.quit();
  cluster.worker.disconnect();
}

async function primary() {
  const [redis, sub] = await Promise.all([connect(), connect()]);
  await redis.flushdb();
  const messages = [];
  // A worker's publish can reach the primary after its exit does: wait for both (10 s at most).
  let bothArrived;
  const arrived = new Promise((resolve) => {
    bothArrived = resolve;
    setTimeout(resolve, 10000).unref();
  });
  await sub.subscribe('events');
  sub.on('message', (channel, message) => {
    if (messages.push(`${channel}: ${message}`) === 2) bothArrived();
  });
  const reports = [];
  let exited = 0;
  for (let i = 0; i < 2; i++) {
    const w = cluster.fork();
    w.on('message', (m) => reports.push(JSON.stringify(m)));
    w.on('exit', async (code) => {
      reports.push(`exit ${code}`);
      if (++exited < 2) return;
      console.log('reports', reports.sort().join(' '));
      console.log('hits', await redis.get('hits'));
      console.log('tx', await redis.get('tx'));
      console.log('sessions', (await redis.keys('session:*')).sort().join());
      console.log('w1', JSON.stringify(await redis.hgetall('session:w1')));
      console.log('ttl', (await redis.ttl('session:w2')) > 0);
      await arrived;
      console.log('messages', messages.sort().join(' | '));
      try {
        await redis.hget('hits', 'x');
      } catch (err) {
        console.log('error', err.name, err.message);
      }
      console.log('type', await redis.type('session:w1'), await redis.exists('nope'));
      await sub.quit();
      await redis.quit();
    });
  }
}

(cluster.isPrimary ? primary() : worker()).catch((err) => {
  console.error(err);
  process.exit(1);
});
