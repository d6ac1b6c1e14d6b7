'use strict';
// Keep-alive and pipelining: three pipelined requests on one socket are answered in order with
// node's exact head, and an Agent with keepAlive reuses its socket.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  const delay = req.url === '/1' ? 30 : 0; // the first answer comes last; order must hold
  setTimeout(() => {
    if (req.url === '/3') {
      res.setHeader('X-Last', 'yes');
      res.end('three');
    } else {
      res.end(req.url);
    }
  }, delay);
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  const out = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.write('GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n' +
              'GET /3 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
    });
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('close', () => resolve(data));
  });
  const noDate = out.replace(/Date: [^\r]*\r\n/g, 'Date: X\r\n');
  assert.strictEqual(noDate,
    'HTTP/1.1 200 OK\r\nDate: X\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 2\r\n\r\n/1' +
    'HTTP/1.1 200 OK\r\nDate: X\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 2\r\n\r\n/2' +
    'HTTP/1.1 200 OK\r\nX-Last: yes\r\nDate: X\r\nConnection: close\r\nContent-Length: 5\r\n\r\nthree');
  assert.match(out, /Date: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\r\n/);

  // HTTP/1.0 without keep-alive: no length, close.
  const out10 = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write('GET /10 HTTP/1.0\r\n\r\n'));
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('close', () => resolve(data));
  });
  assert.strictEqual(out10.replace(/Date: [^\r]*\r\n/, ''), 'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n/10');

  // A keep-alive agent sends three requests over one socket, one after another.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set();
  const reused = [];
  for (const path of ['/a', '/b', '/c']) {
    const body = await new Promise((resolve, reject) => {
      const req = http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
        assert.strictEqual(res.headers.connection, 'keep-alive');
        sockets.add(req.socket);
        reused.push(req.reusedSocket);
        let b = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { b += d; });
        res.on('end', () => resolve(b));
      });
      req.on('error', reject);
    });
    assert.strictEqual(body, path);
    await new Promise((r) => setImmediate(r));
  }
  assert.strictEqual(sockets.size, 1);
  assert.deepStrictEqual(reused, [false, true, true]);
  assert.strictEqual(agent.totalSocketCount, 1);
  assert.strictEqual(Object.keys(agent.freeSockets).length, 1);
  agent.destroy();
  server.close(common.mustCall());
}));
