'use strict';
// listen()'s argument forms, server.ref/unref, getConnections, close without listen.
const common = require('../common');
const assert = require('assert');
const net = require('net');

function check(server, expect, next) {
  server.on('listening', common.mustCall(() => {
    const a = server.address();
    assert.strictEqual(a.address, expect.address);
    assert.strictEqual(a.family, expect.family);
    assert.ok(a.port > 0);
    server.close(common.mustCall(next));
  }));
}

const steps = [
  (next) => check(net.createServer().listen(), { address: '::', family: 'IPv6' }, next),
  (next) => check(net.createServer().listen(0, '127.0.0.1', 10), { address: '127.0.0.1', family: 'IPv4' }, next),
  (next) => check(net.createServer().listen({ port: 0, host: '::1' }), { address: '::1', family: 'IPv6' }, next),
  (next) => check(net.createServer().listen({ port: 0, host: 'localhost' }), { address: '127.0.0.1', family: 'IPv4' }, next),
  (next) => check(net.createServer().listen({ port: 0, ipv6Only: true }), { address: '::', family: 'IPv6' }, next),
  (next) => {
    // A server listening on another server's handle.
    const first = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
      const handle = first._handle;
      const port = first.address().port;
      first._handle = null;
      const second = net.createServer(common.mustCall((s) => s.end())).listen(handle, common.mustCall(() => {
        assert.strictEqual(second.address().port, port);
        net.connect(port, '127.0.0.1').on('close', () => second.close(next)).resume();
      }));
    }));
  },
  (next) => {
    const s = net.createServer();
    s.close(common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
      next();
    }));
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);

assert.throws(() => net.createServer().listen({ foo: 1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The argument \'options\' must have the property "port" or "path". Received { foo: 1 }',
});
const s = net.createServer().listen(0, common.mustCall(() => {
  assert.throws(() => s.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN' });
  s.getConnections(common.mustSucceed((n) => assert.strictEqual(n, 0)));
  // An unref'd server does not keep the process alive.
  s.unref();
}));
