'use strict';
// requestCert: a client certificate the server's CA signed authorizes the client; without one, a
// rejecting server ends the handshake (tlsClientError on the server, an alert error on the client),
// and a lax one connects with authorized false and node's verify reason.
const { mustCall, mustNotCall } = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs').make();

function serve(opts, cb) {
  const server = tls.createServer({ ...certs.server, ca: certs.ca, requestCert: true, ...opts });
  server.listen(0, '127.0.0.1', () => cb(server, server.address().port));
}

const clientOpts = { host: '127.0.0.1', ca: certs.ca, servername: 'localhost' };

serve({}, (server, port) => {
  server.on('secureConnection', mustCall((s) => {
    assert.strictEqual(s.authorized, true);
    assert.strictEqual(s.authorizationError, null);
    const peer = s.getPeerCertificate();
    assert.strictEqual(peer.subject.CN, 'client');
    assert.strictEqual(peer.issuer.CN, 'jnode test CA');
    assert.strictEqual(peer.subjectaltname, 'DNS:client.example');
    assert.strictEqual(peer.bits, 2048);
    assert.strictEqual(peer.exponent, '0x10001');
    assert.match(peer.modulus, /^[0-9A-F]{512}$/);
    s.end('ok');
  }));
  const c = tls.connect({ ...clientOpts, port, key: certs.client.key, cert: certs.client.cert }, mustCall(() => {
    assert.strictEqual(c.authorized, true);
    assert.strictEqual(c.getCertificate().subject.CN, 'client');
  }));
  c.on('data', mustCall((d) => assert.strictEqual(d.toString(), 'ok')));
  c.on('close', mustCall(() => {
    server.close();
    noCertRejected();
  }));
});

function noCertRejected() {
  serve({}, (server, port) => {
    server.on('secureConnection', mustNotCall());
    server.on('tlsClientError', mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE');
    }));
    const c = tls.connect({ ...clientOpts, port });
    c.on('error', mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED');
    }));
    c.on('close', mustCall(() => {
      server.close();
      noCertLax();
    }));
  });
}

function noCertLax() {
  serve({ rejectUnauthorized: false }, (server, port) => {
    server.on('secureConnection', mustCall((s) => {
      assert.strictEqual(s.authorized, false);
      assert.strictEqual(s.authorizationError, 'UNABLE_TO_GET_ISSUER_CERT');
      s.end();
    }));
    const c = tls.connect({ ...clientOpts, port }, mustCall());
    c.resume();
    c.on('close', mustCall(() => server.close()));
  });
}
