'use strict';
// Shared by test-cluster-eaddrinuse-{rr,none}.js: the primary holds a port; a worker that
// listens on it gets the primary's EADDRINUSE as node gives it (syscall 'bind'), and a
// second server in the same worker on port 0 still works.
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');
const { mustCall } = require('../common');

module.exports = function run(policy) {
  if (cluster.isWorker) {
    const port = +process.env.BUSY_PORT;
    const server = net.createServer();
    server.on('error', (err) => {
      process.send({
        message: err.message, code: err.code, errno: err.errno, syscall: err.syscall,
        address: err.address, port: err.port, listening: server.listening,
      });
      net.createServer().listen(0, '127.0.0.1', function() {
        process.send({ other: this.address().port });
      });
    });
    server.listen(port);
    return;
  }

  cluster.schedulingPolicy = cluster[policy];
  const blocker = net.createServer().listen(0, mustCall(() => {
    const port = blocker.address().port;
    const worker = cluster.fork({ BUSY_PORT: port });
    const messages = [];
    worker.on('message', (msg) => messages.push(msg));
    worker.on('listening', mustCall((address) => {
      assert.strictEqual(address.address, '127.0.0.1');
      worker.disconnect();
    }));
    worker.on('exit', mustCall((code) => {
      assert.strictEqual(code, 0);
      assert.deepStrictEqual(messages[0], {
        message: `bind EADDRINUSE null:${port}`, code: 'EADDRINUSE', errno: -98, syscall: 'bind',
        address: null, port, listening: false,
      });
      assert.ok(messages[1].other > 0 && messages[1].other !== port);
      blocker.close();
    }));
  }));
};
