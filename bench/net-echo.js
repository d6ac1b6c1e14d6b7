'use strict';
// Echo throughput over loopback TCP: one client writes 256 MB in 64 KB chunks to an echo server
// and reads it back. Prints MB/s. Run with node and ./jnode to compare.
const net = require('net');

const TOTAL = Number(process.argv[2] || 256) * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'x');

const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const start = process.hrtime.bigint();
  let sent = 0;
  let received = 0;
  function pump() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!c.write(chunk)) return c.once('drain', pump);
    }
  }
  c.on('connect', pump);
  c.on('data', (d) => {
    received += d.length;
    if (received >= TOTAL) {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      console.log(`net-echo: ${TOTAL / 1048576} MB in ${ms.toFixed(0)} ms, ${(TOTAL / 1048576 / (ms / 1000)).toFixed(0)} MB/s`);
      c.destroy();
      server.close();
    }
  });
});
