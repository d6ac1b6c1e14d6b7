'use strict';
// The article's handle-passing master (examples/handle-pass): the master listens, sends the
// listening server to 2 forked workers, closes its own copy; the workers accept and serve
// HTTP. wrk drives it; prints req/s and p99 latency.
//   usage: handle-pass-http.js [seconds] [connections]
const { fork } = require('child_process');

if (process.argv[2] === 'worker') {
  const body = 'hello world\n';
  const server = require('http').createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': body.length });
    res.end(body);
  });
  process.on('message', (message, listening) => {
    if (message !== 'server') return;
    listening.on('connection', (socket) => server.emit('connection', socket));
    process.send('ready');
  });
  process.on('disconnect', () => process.exit(0));
  return;
}

const { measure } = require('./lib/wrk');
const seconds = Number(process.argv[2] || 5);
const connections = Number(process.argv[3] || 32);
const server = require('net').createServer();
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const workers = [fork(__filename, ['worker']), fork(__filename, ['worker'])];
  let ready = 0;
  for (const w of workers) {
    w.send('server', server);
    w.on('message', () => {
      if (++ready !== workers.length) return;
      server.close();
      measure(url, seconds, connections, () => workers.forEach((w) => w.disconnect()));
    });
  }
});
