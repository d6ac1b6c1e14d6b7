'use strict';
// cluster.disconnect() drains: servers stop listening at once, a worker with an open
// connection stays until that connection ends, then every worker exits on its own (code 0,
// exitedAfterDisconnect) and the callback runs.
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');
const { mustCall } = require('../common');

if (cluster.isWorker) {
  let held = null;
  net.createServer((socket) => {
    held = socket;
    socket.once('data', () => process.send('holding'));
  }).listen(0, '127.0.0.1');
  process.on('message', (msg) => {
    if (msg === 'release') held.end(`bye from ${cluster.worker.id}`);
  });
  cluster.worker.on('disconnect', mustCall());
  return;
}

const workers = [cluster.fork(), cluster.fork()];
let port;
let listening = 0;
cluster.on('listening', (worker, address) => {
  port = address.port;
  if (++listening === 2) holdOne();
});

function holdOne() {
  const client = net.connect(port, '127.0.0.1');
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { reply += d; });
  client.on('end', mustCall(() => {
    assert.strictEqual(reply, `bye from ${holder.id}`);
  }));
  client.write('hi');

  let holder;
  const onHolding = mustCall((w, msg) => {
    assert.strictEqual(msg, 'holding');
    holder = w;
    startDisconnect(w);
  });
  cluster.on('message', onHolding);
}

function startDisconnect(holder) {
  const idle = workers.find((w) => w !== holder);
  cluster.disconnect(mustCall(() => {
    assert.deepStrictEqual(cluster.workers, {});
  }));
  for (const w of workers) assert.strictEqual(w.exitedAfterDisconnect, true);
  assert.deepStrictEqual(cluster.workers, {});

  // The port is closed to new connections.
  net.connect(port, '127.0.0.1').on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
  }));

  // The idle worker leaves; the holder stays while its connection is open.
  idle.on('exit', mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(holder.isDead(), false);
    assert.strictEqual(holder.isConnected(), true);
    holder.send('release');
  }));
  holder.on('exit', mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(holder.exitedAfterDisconnect, true);
  }));
  for (const w of workers) w.on('disconnect', mustCall());
}
