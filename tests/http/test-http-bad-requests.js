'use strict';
// Every malformed request gets node's exact bytes (400, or 431 for oversized headers), a
// 'clientError' with llhttp's code, and the server keeps serving other connections.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const BAD = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const TOO_LARGE = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const cases = [
  ['bad request line', 'GET\r\n\r\n', 'HPE_INVALID_METHOD', BAD],
  ['bad method char', 'G@T / HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_METHOD', BAD],
  ['unknown method', 'FOO / HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_METHOD', BAD],
  ['bad version', 'GET / HTTP/1.x\r\nHost: a\r\n\r\n', 'HPE_INVALID_VERSION', BAD],
  ['unsupported version', 'GET / HTTP/1.2\r\nHost: a\r\n\r\n', 'HPE_INVALID_VERSION', BAD],
  ['not HTTP', 'GET / FTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_CONSTANT', BAD],
  ['illegal header name', 'GET / HTTP/1.1\r\nHost: a\r\nFo o: bar\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['space before colon', 'GET / HTTP/1.1\r\nHost : a\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['header without colon', 'GET / HTTP/1.1\r\nHost: a\r\nFoo\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['empty header name', 'GET / HTTP/1.1\r\n: x\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['obs-fold', 'GET / HTTP/1.1\r\nHost: a\r\nFoo: a\r\n b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['CL then TE', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING', BAD],
  ['TE then CL', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_CONTENT_LENGTH', BAD],
  ['conflicting CLs', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd',
   'HPE_UNEXPECTED_CONTENT_LENGTH', BAD],
  ['bad CL', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3x\r\n\r\nabc', 'HPE_INVALID_CONTENT_LENGTH', BAD],
  ['chunked not last', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING', BAD],
  ['NUL in header value', 'GET / HTTP/1.1\r\nHost: a\r\nFoo: b\0ar\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['control char in value', 'GET / HTTP/1.1\r\nHost: a\r\nFoo: a\x01b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['NUL in url', 'GET /\0 HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_URL', BAD],
  ['HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'HPE_PAUSED_H2_UPGRADE', BAD],
  ['bare LF after version', 'GET / HTTP/1.1\nHost: a\n\n', 'HPE_INVALID_VERSION', BAD],
  ['LF without CR in value', 'GET / HTTP/1.1\r\nHost: a\nX: y\r\n\r\n', 'HPE_CR_EXPECTED', BAD],
  ['CR without LF in value', 'GET / HTTP/1.1\r\nHost: a\rX\r\n\r\n', 'HPE_LF_EXPECTED', BAD],
  ['oversized headers', 'GET / HTTP/1.1\r\nHost: a\r\nFoo: ' + 'a'.repeat(17000) + '\r\n\r\n', 'HPE_HEADER_OVERFLOW',
   TOO_LARGE],
  ['very long URL', 'GET /' + 'a'.repeat(20000) + ' HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_HEADER_OVERFLOW', TOO_LARGE],
];
// Bad bodies: the request is seen (and answered) first, then the body fails.
const bodyCases = [
  ['bad chunk size', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n',
   'HPE_INVALID_CHUNK_SIZE'],
  ['chunk size overflow', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n',
   'HPE_INVALID_CHUNK_SIZE'],
  ['chunk without CRLF', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n',
   'HPE_STRICT'],
];

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(Buffer.from(data, 'latin1')));
    let out = '';
    c.on('data', (d) => { out += d.toString('latin1'); });
    c.on('error', () => {});
    c.on('close', () => resolve(out));
  });
}

(async () => {
  // Default handling: no 'clientError' listener.
  const seen = [];
  const server = http.createServer((req, res) => {
    req.on('error', () => {});
    res.end('ok');
  });
  server.on('connection', (s) => s.on('error', (e) => seen.push(e.code)));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  for (const [name, data, code, expected] of cases) {
    seen.length = 0;
    const out = await raw(port, data);
    assert.strictEqual(out, expected, name);
    assert.deepStrictEqual(seen, [code], name);
  }
  for (const [name, data, code] of bodyCases) {
    seen.length = 0;
    await raw(port, data);
    assert.deepStrictEqual(seen, [code], name);
  }
  // Still serving.
  const ok = await raw(port, 'GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  assert.match(ok, /^HTTP\/1\.1 200 OK\r\n/);
  server.close();

  // A 'clientError' listener gets the error with its fields and owns the socket.
  const server2 = http.createServer(common.mustNotCall());
  server2.on('clientError', common.mustCall((err, socket) => {
    assert.strictEqual(err.code, 'HPE_INVALID_HEADER_TOKEN');
    assert.strictEqual(err.reason, 'Invalid header token');
    assert.strictEqual(err.message, 'Parse Error: Invalid header token');
    assert.strictEqual(typeof err.bytesParsed, 'number');
    assert.ok(Buffer.isBuffer(err.rawPacket));
    socket.end('HTTP/1.1 418 Nope\r\n\r\n');
  }));
  await new Promise((r) => server2.listen(0, '127.0.0.1', r));
  const out = await raw(server2.address().port, 'GET / HTTP/1.1\r\nA B: c\r\n\r\n');
  assert.strictEqual(out, 'HTTP/1.1 418 Nope\r\n\r\n');
  server2.close();

  // A missing Host on HTTP/1.1 is a 400 response (not a parse error).
  const server3 = http.createServer(common.mustNotCall());
  await new Promise((r) => server3.listen(0, '127.0.0.1', r));
  const noHost = await raw(server3.address().port, 'GET / HTTP/1.1\r\n\r\n');
  assert.match(noHost, /^HTTP\/1\.1 400 Bad Request\r\nConnection: close\r\nDate: .*\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n$/);
  server3.close();
})().then(common.mustCall());
