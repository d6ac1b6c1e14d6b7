'use strict';
// Expect: 100-continue (automatic, and 'checkContinue'), 'upgrade' and 'connect' handing over
// the raw socket with the bytes after the head, and the client's 'continue'/'upgrade'/'information'.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function raw(port, data) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(data));
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
  });
}

const server = http.createServer((req, res) => {
  let b = '';
  req.on('data', (d) => { b += d; });
  req.on('end', () => res.end(`${req.method} ${b}`));
});
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), 'HEAD');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.write(head);
  socket.on('data', (d) => socket.write(d));
  socket.on('end', () => socket.end());
}, 2));
server.on('connect', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.url, 'example.com:443');
  assert.strictEqual(head.length, 0);
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const { port } = server.address();
  // Automatic 100 Continue before the handler reads the body.
  assert.strictEqual(
    await raw(port, 'POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi'),
    'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 7\r\n\r\nPOST hi');
  // An expectation we do not know: 417.
  assert.strictEqual(
    await raw(port, 'POST / HTTP/1.1\r\nHost: a\r\nExpect: foo\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'),
    'HTTP/1.1 417 Expectation Failed\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
  // Upgrade over a raw socket: the server sees the bytes after the head.
  assert.strictEqual(
    await new Promise((resolve) => {
      const c = net.connect(port, '127.0.0.1', () => {
        c.write('GET / HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nHEAD');
        setTimeout(() => c.end('more'), 20);
      });
      let out = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { out += d; });
      c.on('close', () => resolve(out));
    }),
    'HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nHEADmore');
  // CONNECT over a raw socket.
  assert.strictEqual(await raw(port, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'),
                     'HTTP/1.1 200 Connection Established\r\n\r\ntunnel');

  // The client side of the same.
  const up = http.request({ port, host: '127.0.0.1', agent: false,
                            headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  up.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    let got = head.toString();
    socket.on('data', (d) => { got += d; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(got, 'HEADping');
    }));
    socket.end('ping');
  }));
  up.end('HEAD');

  // With a request timeout: once the socket is handed over, no request listener stays on it.
  const conn = http.request({ port, host: '127.0.0.1', method: 'CONNECT', path: 'example.com:443', agent: false,
                              timeout: 5000 });
  conn.on('connect', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(socket.listenerCount('timeout'), 0);
    assert.strictEqual(socket.listenerCount('data'), 0);
    assert.strictEqual(socket._httpMessage, null);
    let got = head.toString();
    socket.on('data', (d) => { got += d; });
    socket.on('end', common.mustCall(() => assert.strictEqual(got, 'tunnel')));
  }));
  conn.end();

  // 'checkContinue' lets the server decide; the client waits for 'continue' before the body.
  const server2 = http.createServer(common.mustNotCall());
  server2.on('checkContinue', common.mustCall((req, res) => {
    res.writeContinue();
    let b = '';
    req.on('data', (d) => { b += d; });
    req.on('end', () => res.end('got ' + b));
  }));
  server2.listen(0, '127.0.0.1', common.mustCall(() => {
    const req = http.request({ port: server2.address().port, host: '127.0.0.1', method: 'POST', agent: false,
                               headers: { Expect: '100-continue' } });
    req.on('information', common.mustCall((info) => assert.strictEqual(info.statusCode, 100)));
    req.on('continue', common.mustCall(() => req.end('body')));
    req.on('response', common.mustCall((res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', common.mustCall(() => {
        assert.strictEqual(b, 'got body');
        server2.close();
        server.close();
      }));
    }));
  }));
}));
