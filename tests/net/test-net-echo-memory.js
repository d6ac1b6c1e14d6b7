'use strict';
// Memory outside the heap stays bounded while a socket echoes 256 MiB in 64 KiB writes: each read
// lands in memory that is reused or freed at once, not in memory that waits for a GC to find it
// dead (jnode handed each big read its own direct memory before, and held 40-77 MB of it here,
// 700 MB after 30 s of an echo; node peaks at 12-17 MB). process.memoryUsage().arrayBuffers is
// sampled every 16 MiB.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const TOTAL = 256 * 1024 * 1024;
const LIMIT = 32 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'x');

const server = net.createServer(common.mustCall((s) => s.pipe(s)));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let received = 0;
  let peak = 0;
  c.on('data', (d) => {
    received += d.length;
    if (received % (16 * 1024 * 1024) < d.length) peak = Math.max(peak, process.memoryUsage().arrayBuffers);
    if (received < TOTAL) return;
    assert.strictEqual(received, TOTAL);
    assert.ok(peak > 0, 'memoryUsage().arrayBuffers counts no memory at all');
    assert.ok(peak < LIMIT, `arrayBuffers peaked at ${(peak / 1048576).toFixed(1)} MB`);
    c.end();
    server.close();
  });
  (function pump() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!c.write(chunk)) return c.once('drain', pump);
    }
  })();
}));
