'use strict';
// A fast writer and a slow reader: write() returns false, 'drain' comes, every byte arrives in order.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const CHUNK = 64 * 1024;
const TOTAL = 16 * 1024 * 1024;

function chunk(i) {
  const b = Buffer.alloc(CHUNK, i & 0xff);
  b.writeUInt32BE(i, 0);
  return b;
}

const server = net.createServer(common.mustCall((sock) => {
  let i = 0;
  let sawFalse = false;
  let drains = 0;
  function pump() {
    while (i * CHUNK < TOTAL) {
      const ok = sock.write(chunk(i++));
      if (!ok) {
        sawFalse = true;
        sock.once('drain', () => { drains++; pump(); });
        return;
      }
    }
    sock.end();
  }
  pump();
  sock.on('finish', common.mustCall(() => {
    assert.ok(sawFalse, 'write() never returned false');
    assert.ok(drains > 0);
    assert.strictEqual(sock.bytesWritten, TOTAL);
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.pause();
  const parts = [];
  let received = 0;
  // Read slowly: a little at a time, on a timer.
  const timer = setInterval(() => {
    let d;
    while ((d = c.read()) !== null) {
      parts.push(d);
      received += d.length;
    }
  }, 5);
  c.on('end', common.mustCall(() => {
    clearInterval(timer);
    const all = Buffer.concat(parts);
    assert.strictEqual(all.length, TOTAL);
    for (let i = 0; i < TOTAL / CHUNK; i++) {
      assert.strictEqual(all.readUInt32BE(i * CHUNK), i);
      assert.strictEqual(all[i * CHUNK + CHUNK - 1], i & 0xff);
    }
    assert.strictEqual(c.bytesRead, TOTAL);
    server.close();
  }));
  c.on('readable', () => {});
}));
