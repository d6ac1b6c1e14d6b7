'use strict';
// What a server may put on the wire, as node decides it: Keep-Alive's max= under
// maxRequestsPerSocket (and 'dropRequest' for the request past it), a 413 for oversized chunk extensions, 103 Early Hints only with a valid
// Link, no body for a 204 under rejectNonStandardBodyWrites, and writableCorked after end().
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function rawExchange(port, request, done) {
  const sock = net.connect(port, '127.0.0.1');
  let data = '';
  sock.setEncoding('latin1');
  sock.on('data', (d) => { data += d; });
  sock.on('end', () => done(data));
  sock.end(request);
}

const server = http.createServer({ rejectNonStandardBodyWrites: true }, (req, res) => {
  if (req.url === '/hints') {
    assert.throws(() => res.writeEarlyHints('x'), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => res.writeEarlyHints({ link: 'no angle brackets' }), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.throws(() => res.writeEarlyHints({ link: ['</a>', 5] }), { code: 'ERR_INVALID_ARG_VALUE' });
    res.writeEarlyHints({ link: [] }); // nothing is sent for an empty list
    res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload; as=script'], 'x-n': 1 });
  }
  if (req.url === '/empty') {
    res.writeHead(204);
    assert.throws(() => res.write('body'), {
      code: 'ERR_HTTP_BODY_NOT_ALLOWED',
      message: 'Adding content for this request method or response status is not allowed.',
    });
    res.end();
    assert.strictEqual(res.writableCorked, 0);
    return;
  }
  req.resume();
  req.on('end', () => {
    res.end('ok');
    assert.strictEqual(res.writableCorked, 0);
  });
});
server.maxRequestsPerSocket = 2;
server.on('dropRequest', common.mustCall((req, socket) => {
  assert.ok(req instanceof http.IncomingMessage);
  assert.ok(socket instanceof net.Socket);
  assert.strictEqual(req.url, '/3');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let pending = 4;
  const finish = () => { if (--pending === 0) server.close(); };

  const get = (path) => `GET ${path} HTTP/1.1\r\nHost: a\r\n\r\n`;
  rawExchange(port, get('/1') + get('/2') + get('/3'), common.mustCall((data) => {
    const heads = data.split(/(?=HTTP\/1\.1 )/);
    assert.strictEqual(heads.length, 3);
    assert.match(heads[0], /\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5, max=2(\r\n|$)/);
    assert.match(heads[1], /\r\nConnection: close(\r\n|$)/);
    assert.doesNotMatch(heads[1], /Keep-Alive/);
    assert.match(heads[2], /^HTTP\/1\.1 503 Service Unavailable\r\n/); // past the socket's maximum
    finish();
  }));

  rawExchange(port, 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n' +
    `2;${'e'.repeat(17 * 1024)}=x\r\nAA\r\n0\r\n\r\n`, common.mustCall((data) => {
    assert.strictEqual(data, 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n');
    finish();
  }));

  rawExchange(port, 'GET /hints HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n', common.mustCall((data) => {
    assert.ok(data.startsWith('HTTP/1.1 103 Early Hints\r\n' +
      'Link: </a.css>; rel=preload, </b.js>; rel=preload; as=script\r\nx-n: 1\r\n\r\nHTTP/1.1 200 OK\r\n'), data);
    finish();
  }));

  rawExchange(port, 'GET /empty HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n', common.mustCall((data) => {
    assert.match(data, /^HTTP\/1\.1 204 No Content\r\n/);
    assert.ok(data.endsWith('\r\n\r\n'), 'no body after a 204');
    finish();
  }));
}));
