'use strict';
// An http server serves any socket emitted to it as 'connection': here, sockets accepted by a
// plain net.Server (as a multi-process worker does with sockets from its parent).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const httpServer = http.createServer(common.mustCall((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end(`served ${req.url} via ${req.socket.constructor.name}`);
}, 3));

const front = net.createServer((socket) => {
  httpServer.emit('connection', socket);
});

front.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = front.address();
  for (const path of ['/one', '/two']) {
    const body = await new Promise((resolve, reject) => {
      http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
        assert.strictEqual(res.statusCode, 200);
        let b = '';
        res.on('data', (d) => { b += d; });
        res.on('end', () => resolve(b));
      }).on('error', reject);
    });
    assert.strictEqual(body, `served ${path} via Socket`);
  }
  // Keep-alive on a handed-over socket; then server.close() ends the idle connection.
  const agent = new http.Agent({ keepAlive: true });
  await new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path: '/three', agent }, (res) => {
      assert.strictEqual(res.headers.connection, 'keep-alive');
      res.resume();
      res.on('end', resolve);
    });
  });
  agent.destroy();
  httpServer.close();
  front.close(common.mustCall());
}));
