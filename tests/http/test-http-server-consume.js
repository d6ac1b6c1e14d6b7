'use strict';
// The server's parser reads the socket itself, as node's consumes its handle: ticks queued by a
// 'request' listener run once the body that came with the head is pushed, before the message
// completes; the socket gives no 'data' and refuses setEncoding unless a 'data' listener asks for
// the bytes; bytesRead still counts them; a response that finished while its read was handled
// leaves the keep-alive timeout running.
const assert = require('assert');
const http = require('http');
const net = require('net');

const body = 'x'.repeat(1000);
const request = `POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`;

function send(server, text) {
  return new Promise((resolve, reject) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.end(text));
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('end', () => resolve(got));
    c.on('error', reject);
  });
}

function serve(onRequest, onConnection) {
  const server = http.createServer(onRequest);
  if (onConnection) server.on('connection', onConnection);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function ticksAfterTheBody() {
  const seen = {};
  const server = await serve((req, res) => {
    process.nextTick(() => {
      seen.complete = req.complete;
      seen.buffered = req.readableLength;
    });
    req.once('data', () => {
      req.pause();
      res.end('ok');
      res.on('finish', () => {
        seen.pausedAfterFinish = req.isPaused();
        seen.bytesRead = req.socket.bytesRead;
      });
    });
  }, (socket) => {
    assert.throws(() => socket.setEncoding('utf8'), { code: 'ERR_HTTP_SOCKET_ENCODING' });
  });
  const reply = await send(server, request);
  server.close();
  assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
  assert.strictEqual(seen.complete, false, 'a tick of the request listener ran after the message completed');
  assert.strictEqual(seen.buffered, body.length);
  // The response's end did not dump a request its reader had started on and paused.
  assert.strictEqual(seen.pausedAfterFinish, true);
  assert.strictEqual(seen.bytesRead, request.length);
}

async function dataListenerGetsTheBytes() {
  let raw = '';
  const server = await serve((req, res) => {
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => res.end(String(n)));
  }, (socket) => {
    socket.on('data', (d) => { raw += d.toString('latin1'); });
  });
  const reply = await send(server, request);
  server.close();
  assert.match(reply, /\r\n\r\n1000$/);
  assert.strictEqual(raw, request);
}

async function badRequestRawPacket() {
  let packet;
  const server = await serve(() => assert.fail('no request'), null);
  server.on('clientError', (err, socket) => {
    packet = err.rawPacket;
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
  });
  const reply = await send(server, 'GET / HTTP/1.1\r\nBad Header\r\n\r\n');
  server.close();
  assert.match(reply, /^HTTP\/1\.1 400/);
  assert.ok(Buffer.isBuffer(packet));
  assert.strictEqual(packet.toString('latin1'), 'GET / HTTP/1.1\r\nBad Header\r\n\r\n');
}

// A response that finishes while the read that brought its request is still being handled
// leaves the keep-alive timeout set: the idle connection is closed by it.
async function keepAliveTimeoutAfterResponse() {
  const server = await serve((req, res) => res.end('ok'), null);
  server.keepAliveTimeout = 200;
  const reply = await new Promise((resolve, reject) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n'));
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('end', () => resolve(got));
    c.on('error', reject);
    c.setTimeout(5000, () => reject(new Error('the idle connection was not closed')));
  });
  server.close();
  assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
}

(async () => {
  await ticksAfterTheBody();
  await keepAliveTimeoutAfterResponse();
  await dataListenerGetsTheBytes();
  await badRequestRawPacket();
  console.log('ok');
})().catch((e) => { console.error(e); process.exit(1); });
