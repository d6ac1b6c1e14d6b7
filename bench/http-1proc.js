'use strict';
// Hello-world HTTP in one process, wrk as the client: prints req/s and p99 latency.
//   usage: http-1proc.js [seconds] [connections]
const http = require('http');
const { measure } = require('./lib/wrk');

const seconds = Number(process.argv[2] || 5);
const connections = Number(process.argv[3] || 32);
const body = 'hello world\n';
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  measure(`http://127.0.0.1:${server.address().port}/`, seconds, connections, () => server.close());
});
