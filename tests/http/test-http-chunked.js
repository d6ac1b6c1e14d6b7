'use strict';
// Chunked framing both ways: a response without a length is chunked (exact bytes, trailers),
// and a client request body written in pieces arrives whole, trailers included.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/trailers') {
    res.writeHead(200, { 'Content-Type': 'text/plain', Trailer: 'X-Sum' });
    res.write('ab');
    res.write(Buffer.from('cde'));
    res.addTrailers({ 'X-Sum': '5' });
    res.end();
    return;
  }
  if (req.url === '/upload') {
    const chunks = [];
    req.on('data', (d) => chunks.push(d));
    req.on('end', common.mustCall(() => {
      assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
      assert.strictEqual(req.complete, true);
      assert.deepStrictEqual(req.trailers, { 'x-t': 'done' });
      assert.deepStrictEqual(req.rawTrailers, ['X-T', 'done']);
      res.end(Buffer.concat(chunks).toString() + ':' + chunks.length);
    }));
    return;
  }
  res.write('hello ');
  res.end('world');
});

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(data));
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  assert.strictEqual(await raw(port, 'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'),
                     'HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n' +
                     '6\r\nhello \r\n5\r\nworld\r\n0\r\n\r\n');
  assert.strictEqual(await raw(port, 'GET /trailers HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'),
                     'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTrailer: X-Sum\r\nConnection: close\r\n' +
                     'Transfer-Encoding: chunked\r\n\r\n2\r\nab\r\n3\r\ncde\r\n0\r\nX-Sum: 5\r\n\r\n');
  // A chunked request split at awkward places, with an extension and trailers.
  const parts = ['POST /upload HTTP/1.1\r\nHost: a\r\nConnection: close\r\nTransfer-Encoding: chu', 'nked\r\n\r\n3',
                 ';ext=1\r\nab', 'c\r\n4\r\ndefg\r', '\n0\r\nX-T: done\r\n\r\n'];
  const got = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', async () => {
      for (const p of parts) {
        c.write(p);
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out));
  });
  assert.match(got, /\r\n\r\nabcdefg:\d+$/);

  // The client sends chunks and trailers; the response is read back.
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/upload', agent: false },
                           common.mustCall((res) => {
                             let b = '';
                             res.setEncoding('utf8');
                             res.on('data', (d) => { b += d; });
                             res.on('end', common.mustCall(() => {
                               assert.match(b, /^onetwothree:\d+$/);
                               server.close();
                             }));
                           }));
  req.setHeader('Trailer', 'X-T');
  req.write('one');
  req.write(Buffer.from('two'));
  setTimeout(() => {
    req.addTrailers({ 'X-T': 'done' });
    req.end('three');
  }, 10);
}));
