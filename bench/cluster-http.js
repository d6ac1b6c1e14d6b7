'use strict';
// Hello-world HTTP through a 2-worker cluster (the primary's default round-robin scheduling):
// wrk drives it once both workers listen. Prints req/s and p99 latency.
//   usage: cluster-http.js [seconds] [connections]
const cluster = require('cluster');

if (cluster.isWorker) {
  const body = 'hello world\n';
  require('http').createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': body.length });
    res.end(body);
  }).listen(0, '127.0.0.1');
  return;
}

const { measure } = require('./lib/wrk');
const seconds = Number(process.argv[2] || 5);
const connections = Number(process.argv[3] || 32);
let listening = 0;
cluster.on('listening', (worker, address) => {
  if (++listening !== 2) return;
  measure(`http://127.0.0.1:${address.port}/`, seconds, connections, () => cluster.disconnect());
});
cluster.fork();
cluster.fork();
