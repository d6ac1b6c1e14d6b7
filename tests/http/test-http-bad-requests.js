'use strict';
// Every malformed request gets node's exact bytes (400, or 431 for oversized headers), a
// 'clientError' with llhttp's code, and the server keeps serving other connections.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const { cases, bodyCases } = require('./bad-requests');

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

  // Where llhttp stops in a bad method, and what it says (node's bytesParsed and message): a
  // method fails at its first char no known method continues with (RTSP's count: FLUSH).
  const methodCases = [
    ['FOO / HTTP/1.1\r\n\r\n', 'HPE_INVALID_METHOD', 1, 'Invalid method encountered'],
    ['XGET / HTTP/1.1\r\n\r\n', 'HPE_INVALID_METHOD', 0, 'Invalid method encountered'],
    ['GETX / HTTP/1.1\r\n\r\n', 'HPE_INVALID_METHOD', 3, 'Expected space after method'],
    ['get / HTTP/1.1\r\n\r\n', 'HPE_INVALID_METHOD', 0, 'Invalid method encountered'],
    ['CONNECTX / HTTP/1.1\r\n\r\n', 'HPE_INVALID_METHOD', 7, 'Expected space after method'],
    ['FLUSH / HTTP/1.1\r\n\r\n', 'HPE_INVALID_CONSTANT', 12, 'Invalid method for HTTP/x.x request'],
  ];
  const server4 = http.createServer(common.mustNotCall());
  const errors = [];
  server4.on('clientError', (err, socket) => {
    errors.push([err.code, err.bytesParsed, err.reason]);
    socket.destroy();
  });
  await new Promise((r) => server4.listen(0, '127.0.0.1', r));
  for (const [data, ...expected] of methodCases) {
    errors.length = 0;
    await raw(server4.address().port, data);
    assert.deepStrictEqual(errors, [expected], JSON.stringify(data));
  }
  const unsubscribe = http.createServer(common.mustCall((req, res) => res.end(req.method)));
  await new Promise((r) => unsubscribe.listen(0, '127.0.0.1', r));
  const answer = await raw(unsubscribe.address().port, 'UNSUBSCRIBE / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
  assert.match(answer, /\r\n\r\nUNSUBSCRIBE$/);
  unsubscribe.close();
  server4.close();

  // A missing Host on HTTP/1.1 is a 400 response (not a parse error).
  const server3 = http.createServer(common.mustNotCall());
  await new Promise((r) => server3.listen(0, '127.0.0.1', r));
  const noHost = await raw(server3.address().port, 'GET / HTTP/1.1\r\n\r\n');
  assert.match(noHost, /^HTTP\/1\.1 400 Bad Request\r\nConnection: close\r\nDate: .*\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n$/);
  server3.close();
})().then(common.mustCall());
