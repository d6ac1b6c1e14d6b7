'use strict';
// Peers that flood, stay silent, half-close, or vanish are events on their own socket; the
// server keeps serving. Also: ref/unref, pauseOnConnect, maxConnections and 'drop'.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ pauseOnConnect: true }, (sock) => {
  assert.strictEqual(sock.isPaused(), true);
  sock.on('error', () => {});
  sock.resume();
  sock.on('data', () => {});
  sock.on('end', () => sock.end());
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const flood = net.connect(port, '127.0.0.1');
  const silent = net.connect(port, '127.0.0.1');
  const halfOpen = net.connect(port, '127.0.0.1');
  const vanish = net.connect(port, '127.0.0.1');
  for (const s of [flood, silent, halfOpen, vanish]) s.on('error', () => {});

  let total = 0;
  const big = Buffer.alloc(256 * 1024);
  flood.on('connect', () => {
    (function more() {
      while (total < 32 * 1024 * 1024) {
        total += big.length;
        if (!flood.write(big)) return flood.once('drain', more);
      }
      flood.end();
    })();
  });
  halfOpen.on('connect', () => halfOpen.end());
  halfOpen.on('end', common.mustCall());
  vanish.on('connect', () => vanish.resetAndDestroy());

  flood.on('close', common.mustCall(() => {
    silent.unref();
    silent.destroy();
    server.close();
  }));
}));

// maxConnections: the second connection is dropped ('drop' with its addresses, then closed).
const limited = net.createServer(common.mustCall((sock) => {
  const extra = net.connect(limited.address().port, '127.0.0.1');
  extra.on('error', () => {});
  extra.resume();
  extra.on('close', common.mustCall(() => {
    sock.destroy();
    limited.close();
  }));
}));
limited.maxConnections = 1;
limited.on('drop', common.mustCall((data) => {
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, limited.address().port);
  assert.strictEqual(data.remoteFamily, 'IPv4');
  assert.strictEqual(typeof data.remotePort, 'number');
}));
limited.listen(0, '127.0.0.1', common.mustCall(() => {
  net.connect(limited.address().port, '127.0.0.1').on('error', () => {}).resume();
}));
