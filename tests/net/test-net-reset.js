'use strict';
// The peer resets while we write: the writer gets an error event (EPIPE or ECONNRESET), never a crash.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((sock) => {
  const big = Buffer.alloc(1024 * 1024, 'x');
  sock.on('error', common.mustCall((err) => {
    assert.ok(['ECONNRESET', 'EPIPE'].includes(err.code), err.code);
    assert.ok(err.syscall === 'write' || err.syscall === 'read', err.syscall);
    assert.strictEqual(err.errno, err.code === 'EPIPE' ? -32 : -104);
  }));
  sock.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
  (function pump() {
    if (sock.destroyed) return;
    if (sock.write(big)) setImmediate(pump);
    else sock.once('drain', pump);
  })();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.once('data', common.mustCall(() => {
    // Unread data in our receive queue makes close() send an RST; resetAndDestroy forces it.
    c.resetAndDestroy();
  }));
  c.on('close', common.mustCall());
}));

// A reset while the reader is idle: 'error' ECONNRESET on read, then close.
const server2 = net.createServer(common.mustCall((sock) => {
  sock.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.message, 'read ECONNRESET');
  }));
  sock.on('close', common.mustCall(() => server2.close()));
}));
server2.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server2.address().port, '127.0.0.1', common.mustCall(() => {
    setTimeout(() => c.resetAndDestroy(), 20);
  }));
}));
