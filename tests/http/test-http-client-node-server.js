'use strict';
// The client against a real node server in a child process (skipped when node is absent):
// GET with a URL string, POST with a body, a keep-alive agent, headers and status as node sent them.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { spawn, spawnSync } = require('child_process');

if (spawnSync('node', ['-e', '0']).status !== 0) {
  console.log('1..0 # skipped: no node on PATH');
  process.exit(0);
}

const serverCode = `
const http = require('http');
const s = http.createServer((req, res) => {
  let b = '';
  req.on('data', (d) => { b += d; });
  req.on('end', () => {
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.writeHead(req.url === '/missing' ? 404 : 201, { 'X-Echo': req.method + ' ' + req.url });
    res.end(JSON.stringify({ body: b, host: req.headers.host, auth: req.headers.authorization || null,
                             te: req.headers['transfer-encoding'] || null }));
  });
});
s.listen(0, '127.0.0.1', () => process.stdout.write(String(s.address().port) + '\\n'));
process.stdin.on('end', () => process.exit(0)).resume();
`;
const child = spawn('node', ['-e', serverCode], { stdio: ['pipe', 'pipe', 'inherit'] });
child.stdout.once('data', common.mustCall(async (d) => {
  const port = Number(String(d).trim());
  const fetchText = (url, opts, body) => new Promise((resolve, reject) => {
    const req = http.request(url, opts, (res) => {
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { b += c; });
      res.on('end', () => resolve({ res, body: b, req }));
    });
    req.on('error', reject);
    req.end(body);
  });

  let r = await fetchText(`http://127.0.0.1:${port}/path?q=1`, {});
  assert.strictEqual(r.res.statusCode, 201);
  assert.strictEqual(r.res.statusMessage, 'Created');
  assert.strictEqual(r.res.httpVersion, '1.1');
  assert.strictEqual(r.res.headers['x-echo'], 'GET /path?q=1');
  assert.deepStrictEqual(r.res.headers['set-cookie'], ['a=1', 'b=2']);
  assert.deepStrictEqual(JSON.parse(r.body), { body: '', host: `127.0.0.1:${port}`, auth: null, te: null });

  r = await fetchText(new URL(`http://u:p@127.0.0.1:${port}/missing`), { method: 'POST' }, 'payload');
  assert.strictEqual(r.res.statusCode, 404);
  assert.deepStrictEqual(JSON.parse(r.body), { body: 'payload', host: `127.0.0.1:${port}`, auth: 'Basic dTpw',
                                               te: null });

  // The global agent keeps the connection: the next request reuses it.
  const r2 = await fetchText(`http://127.0.0.1:${port}/again`, {});
  assert.strictEqual(r2.req.reusedSocket, true);
  child.stdin.end();
}));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
