'use strict';
// 256 MiB through a TCP socket, the writer following backpressure and the reader paused for its
// first second: every byte arrives (same length, same sha256) and RSS stays bounded: once the
// first quarter is through (heaps grown to their working size), the remaining 192 MiB add less
// than half their size, since nothing queues more than the socket buffers and the high-water
// marks. (Late JIT compilation on a loaded machine alone has added 74 MiB: the bound is loose.)
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const net = require('net');
const { rssKiB } = require('../procfs');

const TOTAL = 256 * 1024 * 1024;
const block = crypto.randomBytes(64 * 1024);
const LATE_GROWTH_LIMIT_KIB = 96 * 1024;

const rss0 = rssKiB();
let rssWarm = 0; // at a quarter of the way
let peak = rss0;
const sampler = setInterval(() => { peak = Math.max(peak, rssKiB()); }, 50);
const t0 = Date.now();

const server = net.createServer(common.mustCall((socket) => {
  const hash = crypto.createHash('sha256');
  let received = 0;
  socket.pause();
  setTimeout(() => socket.resume(), 1000);
  socket.on('data', (d) => {
    if (received < TOTAL / 4 && received + d.length >= TOTAL / 4) {
      rssWarm = rssKiB();
      peak = rssWarm;
    }
    received += d.length;
    hash.update(d);
  });
  socket.on('end', common.mustCall(() => {
    clearInterval(sampler);
    peak = Math.max(peak, rssKiB());
    const secs = (Date.now() - t0) / 1000;
    console.log(`${TOTAL >> 20} MiB in ${secs.toFixed(1)} s; RSS ${rss0 >> 10} MiB at start, ` +
                `${rssWarm >> 10} MiB at a quarter, peak after that ${peak >> 10} MiB`);
    assert.strictEqual(received, TOTAL);
    assert.strictEqual(hash.digest('hex'), expected.digest('hex'));
    assert.ok(peak - rssWarm < LATE_GROWTH_LIMIT_KIB, `RSS grew by ${(peak - rssWarm) >> 10} MiB`);
    server.close();
  }));
}));

const expected = crypto.createHash('sha256');
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let blockedOnce = false;
  function write() {
    while (sent < TOTAL) {
      // A different block each time (the counter in its first bytes), so order errors show.
      const b = Buffer.from(block);
      b.writeUInt32BE(sent / block.length, 0);
      expected.update(b);
      sent += b.length;
      if (!client.write(b)) {
        blockedOnce = true;
        return client.once('drain', write);
      }
    }
    assert.ok(blockedOnce, 'the paused reader pushed back');
    client.end();
  }
  write();
});
