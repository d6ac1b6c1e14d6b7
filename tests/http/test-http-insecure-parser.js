'use strict';
// The insecure (lenient) parser, per server, per request and by --insecure-http-parser, against
// the strict default; and the parser pool: a keep-alive client reuses one parser, and a freed
// parser keeps nothing of its last owner.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { spawnSync } = require('child_process');

// Sends raw bytes to a fresh server with `options`; resolves with what the server saw (the request
// or the clientError) and the first response line.
function serve(options, raw) {
  return new Promise((resolve) => {
    const seen = {};
    const server = http.createServer(options, (req, res) => {
      let body = '';
      req.setEncoding('latin1');
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        seen.request = { headers: req.headers, body };
        res.end('ok');
      });
    });
    server.on('clientError', (err, socket) => {
      seen.error = err;
      socket.destroy();
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.end(raw));
      let reply = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { reply += d; });
      c.on('close', () => {
        server.close();
        seen.status = reply.split('\r\n')[0];
        resolve(seen);
      });
    });
  });
}

// A server that answers every request with `raw`; resolves with the client's response or error.
function fetchRaw(options, raw) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => s.once('data', () => s.end(raw)));
    server.listen(0, '127.0.0.1', () => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1', ...options }, (res) => {
        res.resume();
        res.on('end', () => { server.close(); resolve({ headers: res.headers }); });
      });
      req.on('error', (error) => { server.close(); resolve({ error }); });
    });
  });
}

const badValue = 'GET / HTTP/1.1\r\nHost: x\r\nHello: foo\x08foo\r\nConnection: close\r\n\r\n';
const both = 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n' +
  'Connection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n';
const bareLf = 'GET / HTTP/1.1\r\nHost: x\nX-A: 1\nConnection: close\r\n\r\n';
const badResponse = 'HTTP/1.1 200 OK\r\nHello: foo\x08foo\r\nContent-Length: 0\r\n\r\n';

(async () => {
  // Strict by default: each is refused with llhttp's error.
  let r = await serve({}, badValue);
  assert.strictEqual(r.error.code, 'HPE_INVALID_HEADER_TOKEN');
  assert.strictEqual(r.request, undefined);
  r = await serve({}, both);
  assert.strictEqual(r.error.code, 'HPE_INVALID_TRANSFER_ENCODING');
  r = await serve({}, bareLf);
  assert.strictEqual(r.error.code, 'HPE_CR_EXPECTED');

  // Lenient: accepted, the control character kept, and Transfer-Encoding decides the body.
  r = await serve({ insecureHTTPParser: true }, badValue);
  assert.strictEqual(r.error, undefined);
  assert.strictEqual(r.request.headers.hello, 'foo\x08foo');
  assert.strictEqual(r.status, 'HTTP/1.1 200 OK');
  r = await serve({ insecureHTTPParser: true }, both);
  assert.strictEqual(r.request.body, 'hello');
  r = await serve({ insecureHTTPParser: true }, bareLf);
  assert.strictEqual(r.request.headers['x-a'], '1');
  assert.strictEqual(r.request.headers.connection, 'close');

  // The client side, strict and lenient.
  const strict = await fetchRaw({}, badResponse);
  assert.strictEqual(strict.error.code, 'HPE_INVALID_HEADER_TOKEN');
  const lenient = await fetchRaw({ insecureHTTPParser: true }, badResponse);
  assert.strictEqual(lenient.headers.hello, 'foo\x08foo');

  assert.throws(() => http.request({ insecureHTTPParser: 0 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.insecureHTTPParser" property must be of type boolean. Received type number (0)',
  });

  // --insecure-http-parser makes lenient the default; an explicit false still wins.
  const child = `
    const http = require('http'), net = require('net');
    const results = [];
    function one(options, done) {
      const server = http.createServer(options, (req, res) => { results.push(req.headers.hello); res.end(); });
      server.on('clientError', (e, s) => { results.push(e.code); s.destroy(); });
      server.listen(0, '127.0.0.1', () => {
        const c = net.connect(server.address().port, '127.0.0.1', () => c.end(${JSON.stringify(badValue)}));
        c.resume();
        c.on('close', () => { server.close(); done(); });
      });
    }
    one({}, () => one({ insecureHTTPParser: false }, () => console.log(JSON.stringify(results))));`;
  const out = spawnSync(process.execPath, ['--insecure-http-parser', '-e', child], { encoding: 'utf8' });
  assert.strictEqual(out.status, 0, out.stderr);
  assert.deepStrictEqual(JSON.parse(out.stdout), ['foo\x08foo', 'HPE_INVALID_HEADER_TOKEN']);
  assert.match(out.stderr, /^\(node:\d+\) Warning: Using insecure HTTP parsing\n/);

  // The pool: one keep-alive socket, one parser for every request on it; a freed parser forgets
  // its owner and options.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const server = http.createServer((req, res) => res.end('x'));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const parsers = [];
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1', agent, joinDuplicateHeaders: true }, (res) => {
        const parser = req.parser;
        parsers.push(parser);
        assert.strictEqual(parser.joinDuplicateHeaders, true);
        assert.strictEqual(typeof parser.onIncoming, 'function');
        res.resume();
        res.on('end', () => setImmediate(() => {
          assert.strictEqual(parser.onIncoming, null);
          assert.strictEqual(parser.joinDuplicateHeaders, null);
          assert.strictEqual(req.parser, null);
          resolve();
        }));
      });
    });
  }
  assert.strictEqual(parsers[1], parsers[0]);
  assert.strictEqual(parsers[2], parsers[0]);
  agent.destroy();
  server.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
