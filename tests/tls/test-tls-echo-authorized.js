'use strict';
// A TLS echo server and client over a test CA: both sides see the handshake, the client is authorized, and the session and certificate report node's fields.
const { mustCall } = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const tls = require('tls');
const certs = require('./certs').make();

const events = [];
const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert }, mustCall((socket) => {
  events.push('secureConnection');
  assert.strictEqual(socket.encrypted, true);
  assert.strictEqual(socket.servername, 'localhost');
  assert.strictEqual(socket.getProtocol(), 'TLSv1.3');
  assert.strictEqual(socket.authorized, false);
  assert.deepStrictEqual(socket.getPeerCertificate(), {});
  assert.strictEqual(socket.getCertificate().subject.CN, 'localhost');
  socket.pipe(socket);
}));

server.listen(0, '127.0.0.1', mustCall(() => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca, servername: 'localhost' });
  client.on('secure', mustCall(() => events.push('secure')));
  client.on('secureConnect', mustCall(() => {
    events.push('secureConnect');
    assert.strictEqual(client.authorized, true);
    assert.strictEqual(client.authorizationError, null);
    assert.strictEqual(client.alpnProtocol, false);
    assert.strictEqual(client.getProtocol(), 'TLSv1.3');
    assert.deepStrictEqual(client.getCipher(), {
      name: 'TLS_AES_256_GCM_SHA384', standardName: 'TLS_AES_256_GCM_SHA384', version: 'TLSv1.3',
    });

    const cert = client.getPeerCertificate();
    assert.deepStrictEqual({ ...cert.subject }, { C: 'US', ST: 'CA', O: 'jnode tests', CN: 'localhost' });
    assert.deepStrictEqual({ ...cert.issuer }, { C: 'US', O: 'jnode tests', CN: 'jnode test CA' });
    assert.strictEqual(cert.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
    assert.strictEqual(cert.ca, false);
    assert.strictEqual(cert.bits, 256);
    assert.match(cert.valid_from, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
    assert.match(cert.valid_to, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
    assert.match(cert.serialNumber, /^([0-9A-F]{2})+$/);
    const raw = cert.raw;
    assert.ok(Buffer.isBuffer(raw));
    const pemBody = certs.server.cert.toString().replace(/-----[^-]+-----|\s/g, '');
    assert.strictEqual(raw.toString('base64'), pemBody);
    const fp = (alg) => crypto.createHash(alg).update(raw).digest('hex').toUpperCase().match(/../g).join(':');
    assert.strictEqual(cert.fingerprint, fp('sha1'));
    assert.strictEqual(cert.fingerprint256, fp('sha256'));

    // The detailed form links each certificate to its issuer.
    const detailed = client.getPeerCertificate(true);
    assert.strictEqual(detailed.subject.CN, 'localhost');
    assert.ok(detailed.issuerCertificate === undefined || detailed.issuerCertificate.subject.CN === 'jnode test CA');

    client.write('hello ');
    client.end('world');
  }));
  let echoed = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { echoed += d; });
  client.on('end', mustCall(() => {
    assert.strictEqual(echoed, 'hello world');
  }));
  client.on('close', mustCall(() => {
    // tls.connect's own 'secure' listener (verification) emits 'secureConnect' before ours runs.
    assert.deepStrictEqual(events.filter((e) => e !== 'secureConnection'), ['secureConnect', 'secure']);
    server.close();
  }));
}));
