'use strict';
// An express app with routing, JSON bodies and error handlers; it requests itself and prints one
// line per answer, then closes. Run by test-ecosystem-express.js under jnode and node.
const express = require('express');
const http = require('http');

const app = express();
app.use(express.json());
app.get('/hello/:name', (req, res) => res.json({ hi: req.params.name, query: req.query }));
app.post('/echo', (req, res) => res.status(201).json({ got: req.body }));
app.get('/boom', () => { throw new Error('boom'); });
app.get('/async', (req, res, next) => setTimeout(() => next(new Error('later')), 5));
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.type || err.message }));

function request(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method, path,
                               headers: body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      // The first line of the body is enough: express's 404 page runs over several.
      res.on('end', () => resolve(`${method} ${path} ${res.statusCode} ${res.headers['content-type']} ${data.split('\n')[0]}`));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const [method, path, body] of [
    ['GET', '/hello/bob?x=1&y=2'],
    ['POST', '/echo', '{"a":[1,2],"b":{"c":null}}'],
    ['POST', '/echo', '{not json'],
    ['GET', '/boom'],
    ['GET', '/async'],
    ['GET', '/missing'],
  ]) {
    console.log(await request(port, method, path, body));
  }
  server.close();
});
