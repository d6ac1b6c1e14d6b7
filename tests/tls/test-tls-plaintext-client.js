'use strict';
// Clients that do not speak TLS: the server reports each as 'tlsClientError' with OpenSSL's reason
// (an HTTP request, or a wrong record version: those get no reply at all; a malformed handshake
// gets an alert), closes them, and keeps serving.
const { mustCall, mustNotCall } = require('../common');
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const certs = require('./certs').make();

const server = tls.createServer(certs.server, mustCall((s) => s.end('tls ok')));
const seen = [];
server.on('tlsClientError', mustCall((err, socket) => {
  assert.ok(socket instanceof tls.TLSSocket);
  assert.strictEqual(err.library, 'SSL routines');
  seen.push(err.code);
}, 3));

function plain(port, text, cb, silent = true) {
  const c = net.connect(port, '127.0.0.1', () => c.write(text));
  if (silent) c.on('data', mustNotCall('a plaintext client got bytes back'));
  else c.resume();
  c.on('error', () => {});
  c.on('close', mustCall(cb));
}

server.listen(0, '127.0.0.1', mustCall(() => {
  const { port } = server.address();
  plain(port, 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n', () => {
    plain(port, 'hello, this is not a ClientHello\r\n', () => {
      plain(port, Buffer.from([0x16, 0x03, 0x01, 0x00, 0x05, 0xff, 0xff, 0xff, 0xff, 0xff]), () => {
        assert.deepStrictEqual(seen.slice(0, 2), ['ERR_SSL_HTTP_REQUEST', 'ERR_SSL_WRONG_VERSION_NUMBER']);
        assert.match(seen[2], /^ERR_SSL_/);
        // Still serving real TLS clients.
        const c = tls.connect({ port, host: '127.0.0.1', ca: certs.ca, servername: 'localhost' });
        c.on('data', mustCall((d) => assert.strictEqual(d.toString(), 'tls ok')));
        c.on('close', mustCall(() => server.close()));
      }, false);
    });
  });
}));
