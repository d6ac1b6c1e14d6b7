'use strict';
// Bytes read from a socket stay as read while the program keeps them, and an echo that writes
// its read chunks straight back sends exactly them. First 500 messages of 1 to 4,000 bytes, each
// sent once the last one is back (so each is a read of its own; jnode reuses one read buffer for
// all reads and copies each out), then 2 MiB in writes of up to 20 KiB (large reads), then 500
// messages again (small reads after reads grew big); every chunk both ends read is kept until the
// end and only then compared.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// A seeded generator, so a failure repeats.
let seed = 12345;
const random = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};

const MESSAGES = 1000;
const sizes = Array.from({ length: MESSAGES }, () => 1 + random(4000));
const BULK = 2 * 1024 * 1024;
const TOTAL = sizes.reduce((a, b) => a + b, 0) + BULK;
const sent = Buffer.alloc(TOTAL);
for (let i = 0; i < TOTAL; i++) sent[i] = random(256);

const serverChunks = [];
const server = net.createServer(common.mustCall((s) => {
  s.on('data', (d) => serverChunks.push(d));
  s.pipe(s);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const got = [];
  let received = 0;
  let at = 0;
  let message = 0;
  let bulk = false;
  let bulkEnd = 0;
  // Ping-pong: the next message once everything sent so far has come back; the bulk halfway.
  function next() {
    if (message < MESSAGES && (message !== MESSAGES / 2 || bulkEnd)) {
      const n = sizes[message++];
      c.write(Buffer.from(sent.subarray(at, at + n)));
      at += n;
      return;
    }
    if (message === MESSAGES) return;
    bulk = true;
    bulkEnd = at + BULK;
    (function pump() {
      while (at < bulkEnd) {
        const n = Math.min(bulkEnd - at, 1 + random(20 * 1024));
        // A copy per write, so a kept chunk can only be right if the read side kept it right.
        const more = c.write(Buffer.from(sent.subarray(at, at + n)));
        at += n;
        if (!more) return c.once('drain', pump);
      }
    })();
  }
  c.on('data', (d) => {
    // As in node, a read is a Buffer over memory of its own, not a slice of a shared pool.
    assert.strictEqual(d.byteOffset, 0);
    assert.strictEqual(d.buffer.byteLength, d.length);
    got.push(d);
    received += d.length;
    if (bulk && received === bulkEnd) bulk = false;
    if (received === at && !bulk) next();
    if (received === TOTAL) {
      // Every kept chunk still holds what arrived: compare them all only now.
      assert.ok(Buffer.concat(got).equals(sent), 'the echoed bytes differ from those sent');
      assert.ok(Buffer.concat(serverChunks).equals(sent), 'the server read bytes that differ from those sent');
      assert.ok(got.length >= MESSAGES && serverChunks.length >= MESSAGES);
      c.end();
      server.close();
    }
  });
  c.on('connect', common.mustCall(next));
}));
