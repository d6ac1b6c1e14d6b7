'use strict';
// setTimeout: 'timeout' after idleness on either side, cleared by 0, validated arguments.
const common = require('../common');
const assert = require('assert');
const net = require('net');

let conns = 0;
const server = net.createServer((sock) => {
  if (++conns === 2) {
    // Connection 2: the server side times out and closes.
    const start = Date.now();
    sock.setTimeout(100, common.mustCall(() => {
      assert.ok(Date.now() - start >= 90);
      sock.destroy();
    }));
  }
  sock.resume();
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let closed = 0;
  const done = () => { if (++closed === 2) server.close(); };

  // Connection 1: the client times out, stops the timer, ends.
  const c1 = net.connect(port, '127.0.0.1');
  const start = Date.now();
  c1.setTimeout(50);
  c1.on('timeout', common.mustCall(() => {
    assert.ok(Date.now() - start >= 40);
    c1.setTimeout(0);
    c1.end();
  }));
  c1.on('close', common.mustCall(done));
  c1.resume();

  c1.on('connect', common.mustCall(() => {
    const c2 = net.connect(port, '127.0.0.1');
    c2.on('timeout', common.mustNotCall());
    c2.on('close', common.mustCall(done));
    c2.resume();
  }));
}));

assert.throws(() => new net.Socket().setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new net.Socket().setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
