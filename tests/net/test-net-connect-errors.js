'use strict';
// A refused connection and a port in use, with node's exact messages and properties.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const c = net.connect(1, '127.0.0.1');
c.on('connect', common.mustNotCall());
c.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'connect ECONNREFUSED 127.0.0.1:1');
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.strictEqual(err.errno, -111);
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, '127.0.0.1');
  assert.strictEqual(err.port, 1);
}));
c.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));

const s1 = net.createServer().listen(0, common.mustCall(() => {
  const port = s1.address().port;
  const s2 = net.createServer().listen(port);
  s2.on('listening', common.mustNotCall());
  s2.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use :::${port}`);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '::');
    assert.strictEqual(err.port, port);
    assert.strictEqual(s2.listening, false);
    // The same on an explicit IPv4 host.
    const s3 = net.createServer().listen(port, '127.0.0.1');
    s3.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
      s1.close();
    }));
  }));
}));

assert.throws(() => net.createServer().listen(65536), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (65536).',
});
assert.throws(() => net.connect({}), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => net.connect({ port: 80, localAddress: 'x' }), { code: 'ERR_INVALID_IP_ADDRESS' });

// A host name that does not resolve.
const d = net.connect({ port: 80, host: 'nonexistent.invalid' });
d.on('lookup', common.mustCall((err, ip, family, host) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(host, 'nonexistent.invalid');
}));
d.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nonexistent.invalid');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nonexistent.invalid');
}));
