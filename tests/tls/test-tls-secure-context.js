'use strict';
// createSecureContext from PEM: PKCS#1, SEC1 and PKCS#8 keys, an encrypted PKCS#8 key with its
// passphrase, a PKCS#12 bundle; OpenSSL's errors for a wrong passphrase, a key that is no key, a
// certificate that is none and a key that does not match its certificate; plus getCiphers and rootCertificates.
const { mustCall } = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const { execFileSync } = require('child_process');
const certs = require('./certs').make();

const f = (name) => path.join(certs.dir, name);
assert.match(fs.readFileSync(f('ca-key.pem'), 'latin1'), /BEGIN RSA PRIVATE KEY/);
assert.match(certs.server.key.toString(), /BEGIN EC PRIVATE KEY/);
assert.match(certs.client.key.toString(), /BEGIN PRIVATE KEY/);

for (const [key, cert] of [[fs.readFileSync(f('ca-key.pem')), certs.ca], [certs.server.key, certs.server.cert],
  [certs.client.key, certs.client.cert]]) {
  assert.ok(tls.createSecureContext({ key, cert }) instanceof tls.SecureContext);
}

execFileSync(certs.openssl, ['pkcs8', '-topk8', '-in', f('client-key.pem'), '-passout', 'pass:sesame',
  '-v2', 'aes-256-cbc', '-out', f('client-enc.pem')]);
const encrypted = fs.readFileSync(f('client-enc.pem'));
assert.match(encrypted.toString(), /BEGIN ENCRYPTED PRIVATE KEY/);
tls.createSecureContext({ key: encrypted, passphrase: 'sesame', cert: certs.client.cert });
tls.createSecureContext({ key: [{ pem: encrypted, passphrase: 'sesame' }], cert: certs.client.cert });
assert.throws(() => tls.createSecureContext({ key: encrypted, passphrase: 'wrong', cert: certs.client.cert }),
              { code: 'ERR_OSSL_BAD_DECRYPT', reason: 'bad decrypt' });

assert.throws(() => tls.createSecureContext({ key: 'not a key', cert: certs.client.cert }), { code: 'ERR_OSSL_UNSUPPORTED' });
assert.throws(() => tls.createSecureContext({ key: fs.readFileSync(f('ca-key.pem')), cert: certs.client.cert }),
              { code: 'ERR_OSSL_X509_KEY_VALUES_MISMATCH', message: 'error:05800074:x509 certificate routines::key values mismatch' });
assert.throws(() => tls.createSecureContext({ key: certs.client.key, cert: 'nope' }), { code: 'ERR_OSSL_PEM_NO_START_LINE' });
assert.throws(() => tls.createSecureContext({ key: 42 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv0.9' }), { code: 'ERR_TLS_INVALID_PROTOCOL_VERSION' });

// PKCS#12: the bundle's key and chain serve a handshake.
execFileSync(certs.openssl, ['pkcs12', '-export', '-in', f('server-cert.pem'), '-inkey', f('server-key.pem'),
  '-passout', 'pass:pfxpass', '-out', f('server.p12')]);
const pfx = fs.readFileSync(f('server.p12'));
const server = tls.createServer({ pfx, passphrase: 'pfxpass' }, mustCall((s) => s.end()));
server.listen(0, '127.0.0.1', mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca, servername: 'localhost' },
                        mustCall(() => assert.strictEqual(c.authorized, true)));
  c.resume();
  c.on('close', mustCall(() => server.close()));
}));

const ciphers = tls.getCiphers();
assert.ok(ciphers.includes('tls_aes_128_gcm_sha256'));
assert.ok(ciphers.includes('ecdhe-rsa-aes128-gcm-sha256'));
assert.deepStrictEqual(ciphers, [...ciphers].sort());

const roots = tls.rootCertificates;
assert.ok(Array.isArray(roots) && roots.length > 50);
assert.ok(Object.isFrozen(roots));
assert.strictEqual(roots, tls.rootCertificates);
assert.match(roots[0], /^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----$/);
