'use strict';
// A client that cannot verify the server fails with node's code and message (self-signed leaf,
// unknown issuer, wrong host name); with rejectUnauthorized: false it connects, unauthorized,
// and authorizationError names the reason. The server sees the aborted handshake as tlsClientError.
const { mustCall, mustNotCall } = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs').make();

const cases = [
  { creds: certs.self, opts: { servername: 'localhost' },
    code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' },
  { creds: certs.server, opts: { servername: 'localhost' },
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify the first certificate' },
  { creds: certs.other, opts: { ca: certs.ca, servername: 'localhost' },
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    message: "Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: DNS:other.example" },
  { creds: certs.server, opts: { ca: certs.ca, host: '127.0.0.2', servername: undefined }, ip: true,
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    message: "Hostname/IP does not match certificate's altnames: IP: 127.0.0.2 is not in the cert's list: 127.0.0.1" },
];

function run(i) {
  const c = cases[i];
  if (!c) return;
  const server = tls.createServer({ key: c.creds.key, cert: c.creds.cert }, mustCall((s) => s.end('hi'), 1));
  server.on('tlsClientError', () => {});
  server.listen(0, c.ip ? '0.0.0.0' : '127.0.0.1', mustCall(() => {
    const port = server.address().port;
    const client = tls.connect({ port, host: '127.0.0.1', ...c.opts }, mustNotCall('secureConnect'));
    client.on('error', mustCall((err) => {
      assert.strictEqual(err.code, c.code);
      assert.strictEqual(err.message, c.message);
      if (c.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        assert.strictEqual(err.host, c.opts.servername ?? c.opts.host);
        assert.strictEqual(typeof err.cert.subject, 'object');
      }
    }));
    client.on('close', mustCall(() => {
      // Not rejecting: the same server is reached, unauthorized, with the reason kept.
      const lax = tls.connect({ port, host: '127.0.0.1', ...c.opts, rejectUnauthorized: false }, mustCall(() => {
        assert.strictEqual(lax.authorized, false);
        assert.strictEqual(lax.authorizationError, c.code);
        lax.on('data', mustCall((d) => assert.strictEqual(d.toString(), 'hi')));
        lax.on('close', mustCall(() => {
          server.close();
          run(i + 1);
        }));
      }));
    }));
  }));
}
run(0);
