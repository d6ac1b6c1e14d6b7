'use strict';
// Echo throughput over loopback TCP: a client writes MB megabytes in chunks of CHUNK bytes to an
// echo server (socket.pipe(socket)) and reads them back; prints {"metric":"MB/s","value"} for
// one transfer after the warm-up (bench/lib/warmup.js) of 16 MB transfers.
// Large chunks measure the byte path; small ones the per-message cost.
//   usage: net-echo.js [MB=256] [CHUNK=65536]
const net = require('net');
const { warmUp } = require('./lib/warmup');

const TOTAL = Number(process.argv[2] || 256) * 1024 * 1024;
const chunk = Buffer.alloc(Number(process.argv[3] || 65536), 'x');

const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let received = 0;
  let want = 0;
  let onDone = null;
  c.on('data', (d) => {
    received += d.length;
    if (received >= want && onDone) {
      const done = onDone;
      onDone = null;
      done();
    }
  });
  // Sends `bytes` and calls done() once they have all come back.
  function transfer(bytes, done) {
    received = 0;
    want = bytes;
    onDone = done;
    let sent = 0;
    (function pump() {
      while (sent < bytes) {
        sent += chunk.length;
        if (!c.write(chunk)) return c.once('drain', pump);
      }
    })();
  }
  c.on('connect', () => warmUp((next) => transfer(16 * 1024 * 1024, next), () => {
    const start = process.hrtime.bigint();
    transfer(TOTAL, () => {
      const s = Number(process.hrtime.bigint() - start) / 1e9;
      console.log(JSON.stringify({ metric: 'MB/s', value: TOTAL / 1048576 / s }));
      c.destroy();
      server.close();
    });
  }));
});
