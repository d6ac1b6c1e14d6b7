'use strict';
// cluster's events and their order, settings/setup, fork(env), worker.send both ways, and
// internal (NODE_CLUSTER) messages staying out of user 'message' listeners.
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');
const { mustCall } = require('../common');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(cluster.isMaster, false);
  assert.strictEqual(cluster.worker.id, 1);
  assert.strictEqual(cluster.workers, undefined);
  assert.strictEqual(process.env.FOO, 'bar');
  // Not passed on to the worker's own children.
  assert.strictEqual(process.env.NODE_UNIQUE_ID, undefined);
  assert.deepStrictEqual(process.argv.slice(2), ['one', 'two']);
  const userMessages = [];
  process.on('message', (msg) => {
    userMessages.push(msg);
    if (msg.hello) process.send({ echo: msg.hello, seen: userMessages.length });
  });
  cluster.worker.on('message', (msg) => assert.ok(!msg.cmd, 'internal message leaked to the worker'));
  net.createServer().listen(0, '127.0.0.1');
  return;
}

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.isWorker, false);
assert.strictEqual(cluster.setupMaster, cluster.setupPrimary);
assert.deepStrictEqual(cluster.settings, {});
assert.deepStrictEqual(cluster.workers, {});
assert.strictEqual(cluster.SCHED_NONE, 1);
assert.strictEqual(cluster.SCHED_RR, 2);

const events = [];
// Once for setupPrimary(), once more for fork(), which sets up again (with nothing new).
cluster.on('setup', mustCall((settings) => {
  events.push('setup');
  assert.deepStrictEqual(settings, cluster.settings);
}, 2));
for (const name of ['fork', 'online', 'disconnect']) {
  cluster.on(name, mustCall((w) => {
    assert.strictEqual(w, worker);
    events.push(`cluster:${name}`);
  }));
}
cluster.on('listening', mustCall((w, address) => {
  assert.strictEqual(w, worker);
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(address.addressType, 4);
  assert.ok(address.port > 0);
  events.push('cluster:listening');
}));
cluster.on('message', mustCall((w, msg) => {
  assert.strictEqual(w, worker);
  assert.deepStrictEqual(msg, { echo: 42, seen: 1 });
  events.push('cluster:message');
}));
cluster.on('exit', mustCall((w, code, signal) => {
  assert.strictEqual(w, worker);
  events.push('cluster:exit');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(w.exitedAfterDisconnect, true);
  assert.strictEqual(w.state, 'dead');
  assert.strictEqual(w.isDead(), true);
  assert.strictEqual(w.isConnected(), false);
  assert.deepStrictEqual(cluster.workers, {});
}));

cluster.setupPrimary({ args: ['one', 'two'] });
assert.strictEqual(cluster.settings.exec, process.argv[1]);
assert.deepStrictEqual(cluster.settings.args, ['one', 'two']);
assert.strictEqual(cluster.settings.silent, false);

const worker = cluster.fork({ FOO: 'bar' });
assert.strictEqual(worker.id, 1);
assert.strictEqual(cluster.workers[1], worker);
assert.strictEqual(worker.state, 'none');
assert.strictEqual(worker.exitedAfterDisconnect, undefined);
assert.strictEqual(worker.isConnected(), true);
assert.strictEqual(worker.isDead(), false);
assert.strictEqual(typeof worker.process.pid, 'number');

worker.on('online', mustCall(() => {
  events.push('online');
  assert.strictEqual(worker.state, 'online');
}));
worker.on('listening', mustCall((address) => {
  events.push('listening');
  assert.strictEqual(worker.state, 'listening');
  assert.strictEqual(address.address, '127.0.0.1');
  worker.send({ hello: 42 });
}));
worker.on('message', mustCall((msg) => {
  events.push('message');
  assert.deepStrictEqual(msg, { echo: 42, seen: 1 });
  worker.disconnect();
  assert.strictEqual(worker.exitedAfterDisconnect, true);
}));
worker.on('disconnect', mustCall(() => events.push('disconnect')));
worker.on('exit', mustCall((code, signal) => {
  events.push('exit');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    'setup', 'setup', 'cluster:fork', 'online', 'cluster:online', 'listening', 'cluster:listening',
    // fork() put cluster's own 'message' listener on the worker before ours.
    'cluster:message', 'message', 'disconnect', 'cluster:disconnect', 'exit', 'cluster:exit',
  ]);
});
