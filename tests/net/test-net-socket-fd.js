'use strict';
// A socket and a server built from existing handles/fds (what child_process uses to pass them).
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  const fd = sock._handle.fd;
  assert.ok(fd > 2);
  sock.end('hi');
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.ok(server._handle.fd > 2);
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.ok(c._handle.fd > 2);
  }));
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'hi');
    server.close();
  }));
}));

assert.throws(() => new net.Socket({ fd: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => net.connect({ port: 1, host: '127.0.0.1', objectMode: true }),
              { code: 'ERR_INVALID_ARG_VALUE' });
