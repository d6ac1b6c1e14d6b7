'use strict';
// Hello-world HTTP server for load tests: `jnode bench/http-hello.js [port]` (same under node).
const http = require('http');
const port = Number(process.argv[2] || 3000);
http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, World!');
}).listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
