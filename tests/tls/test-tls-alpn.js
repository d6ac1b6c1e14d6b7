'use strict';
// ALPN: the server's preference among what the client offers wins; no overlap fails the handshake
// with no_application_protocol on both sides; without ALPN, alpnProtocol is false.
const { mustCall, mustNotCall } = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs').make();

function pair(serverProtocols, clientProtocols, onServer, onClient) {
  const server = tls.createServer({ ...certs.server, ALPNProtocols: serverProtocols });
  server.listen(0, '127.0.0.1', () => {
    onServer(server);
    const client = tls.connect({
      port: server.address().port, host: '127.0.0.1', ca: certs.ca, servername: 'localhost',
      ALPNProtocols: clientProtocols,
    });
    onClient(client, () => server.close());
  });
}

pair(['h2', 'http/1.1'], ['foo', 'http/1.1', 'h2'], (server) => {
  server.on('secureConnection', mustCall((s) => {
    assert.strictEqual(s.alpnProtocol, 'h2');
    s.end();
  }));
}, (client, done) => {
  client.on('secureConnect', mustCall(() => assert.strictEqual(client.alpnProtocol, 'h2')));
  client.resume();
  client.on('close', mustCall(() => {
    done();
    pair(['h2'], ['foo'], (server) => {
      server.on('secureConnection', mustNotCall());
      server.on('tlsClientError', mustCall((err) => {
        assert.strictEqual(err.code, 'ERR_SSL_NO_APPLICATION_PROTOCOL');
        assert.strictEqual(err.reason, 'no application protocol');
      }));
    }, (client2, done2) => {
      client2.on('secureConnect', mustNotCall());
      client2.on('error', mustCall((err) => {
        assert.strictEqual(err.code, 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL');
        assert.strictEqual(err.library, 'SSL routines');
        done2();
      }));
    });
  }));
});

// Wire-format protocol lists (node's convertALPNProtocols) are accepted too.
const out = {};
tls.convertALPNProtocols(['a', 'bc'], out);
assert.deepStrictEqual([...out.ALPNProtocols], [1, 97, 2, 98, 99]);
const server3 = tls.createServer({ ...certs.server, ALPNProtocols: out.ALPNProtocols }, mustCall((s) => {
  assert.strictEqual(s.alpnProtocol, 'bc');
  s.end();
}));
server3.listen(0, '127.0.0.1', mustCall(() => {
  const c = tls.connect({ port: server3.address().port, host: '127.0.0.1', ca: certs.ca, servername: 'localhost',
                          ALPNProtocols: ['bc'] }, mustCall(() => {
    assert.strictEqual(c.alpnProtocol, 'bc');
    c.resume();
    c.on('close', () => server3.close());
  }));
}));
