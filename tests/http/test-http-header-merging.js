'use strict';
// How duplicate headers merge, as node's: lists join with ', ' (cookie with '; '), set-cookie
// collects, single-valued fields keep the first; a header named like an Object property
// ('constructor') merges like any other. writeHead's array merges into setHeader's headers as
// setHeader would; an array value (set-cookie) goes out one line per value.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/response') {
    res.setHeader('test', 'from setHeader');
    res.setHeader('kept', 'yes');
    res.setHeader('set-cookie', ['e=1', 'f=2']);
    res.writeHead(200, ['test', 'from writeHead', 'x-dup', '1', 'x-dup', '2']);
    res.end();
    return;
  }
  assert.strictEqual(req.headers.constructor, 'a, b');
  assert.strictEqual(req.headers['x-list'], '1, 2');
  assert.strictEqual(req.headers.cookie, 'c=1; d=2');
  assert.strictEqual(req.headers['content-type'], 'text/plain');
  res.end();
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const sock = net.connect(server.address().port, '127.0.0.1');
  sock.end('GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\nConstructor: a\r\nConstructor: b\r\n' +
           'X-List: 1\r\nX-List: 2\r\nCookie: c=1\r\nCookie: d=2\r\n' +
           'Content-Type: text/plain\r\nContent-Type: text/html\r\n\r\n');
  sock.resume();
  sock.on('close', common.mustCall(() => {
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/response' }, common.mustCall((res) => {
      assert.strictEqual(res.headers.test, 'from writeHead');
      assert.strictEqual(res.headers.kept, 'yes');
      assert.deepStrictEqual(res.headers['set-cookie'], ['e=1', 'f=2']);
      assert.strictEqual(res.headers['x-dup'], '2'); // merged as by setHeader: the last one
      res.resume().on('end', () => server.close());
    }));
  }));
}));
