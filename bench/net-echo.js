'use strict';
// Echo throughput over loopback TCP: a client writes 16 MB in chunks of CHUNK bytes to an echo
// server (socket.pipe(socket)) and reads them back, again and again; prints {"metric":"MB/s","value"}
// for MB megabytes of such transfers after the warm-up (bench/lib/warmup.js).
// Large chunks measure the byte path; small ones the per-message cost.
//   usage: net-echo.js [MB=256] [CHUNK=65536]
const net = require('net');
const { warmUpThenTime } = require('./lib/warmup');

const STEP = 16 * 1024 * 1024;
const ROUNDS = Math.ceil(Number(process.argv[2] || 256) / 16);
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
  c.on('connect', () => warmUpThenTime((next) => transfer(STEP, next), ROUNDS, (s) => {
    console.log(JSON.stringify({ metric: 'MB/s', value: (ROUNDS * STEP) / 1048576 / s }));
    c.destroy();
    server.close();
  }));
});
