'use strict';
// With events.captureRejections, a rejected async listener is handled as node handles it:
// a 'request' listener's before the response started → 500 'Internal Server Error' with the
// headers it set dropped; after → the response destroyed; and a rejection in a ClientRequest's
// listener destroys that request with the error.
const common = require('../common');
const assert = require('assert');
const events = require('events');
const http = require('http');

events.captureRejections = true;

function get(port, path) {
  return new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
      res.on('aborted', () => resolve({ aborted: true, body }));
      res.on('error', () => {});
    }).on('error', (e) => resolve({ error: e.code }));
  });
}

const server = http.createServer(async (req, res) => {
  res.setHeader('x-secret', '1');
  if (req.url === '/late') {
    res.write('partial');
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('kaboom');
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  const early = await get(port, '/early');
  assert.strictEqual(early.status, 500);
  assert.strictEqual(early.body, 'Internal Server Error');
  assert.strictEqual(early.headers['x-secret'], undefined);

  const late = await get(port, '/late');
  assert.ok(late.aborted || late.error, JSON.stringify(late));

  const kaboom = new Error('client kaboom');
  const req = http.get({ port, host: '127.0.0.1', path: '/early', agent: false });
  req.on('socket', common.mustCall(async () => { throw kaboom; }));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err, kaboom);
    server.close();
  }));
}));
