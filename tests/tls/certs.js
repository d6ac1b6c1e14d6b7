'use strict';
// Test certificates made at run time with the openssl CLI, in a private temp dir removed at exit:
// a CA (RSA, PKCS#1 key), a server certificate it signs (EC, SEC1 key; SAN localhost and
// 127.0.0.1), a client certificate it signs (RSA, PKCS#8 key), a self-signed certificate, and a
// server certificate for another host name. Tests without openssl skip.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const OPENSSL = ['/usr/bin/openssl', '/usr/local/bin/openssl'].find((p) => fs.existsSync(p));

function skipWithoutOpenssl() {
  if (!OPENSSL) {
    console.log('1..0 # Skipped: openssl is not installed');
    process.exit(0);
  }
}

function make() {
  skipWithoutOpenssl();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-certs-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const f = (name) => path.join(dir, name);
  const run = (...args) => execFileSync(OPENSSL, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const ext = (san) => {
    fs.writeFileSync(f('ext.cnf'), `basicConstraints=CA:FALSE\nsubjectAltName=${san}\n`);
    return f('ext.cnf');
  };

  run('genrsa', '-traditional', '-out', f('ca-key.pem'), '2048');
  run('req', '-x509', '-new', '-key', f('ca-key.pem'), '-days', '30', '-subj', '/C=US/O=jnode tests/CN=jnode test CA',
      '-out', f('ca-cert.pem'));

  const signed = (name, keyArgs, subj, san) => {
    run(...keyArgs, '-out', f(`${name}-key.pem`));
    run('req', '-new', '-key', f(`${name}-key.pem`), '-subj', subj, '-out', f(`${name}.csr`));
    run('x509', '-req', '-in', f(`${name}.csr`), '-CA', f('ca-cert.pem'), '-CAkey', f('ca-key.pem'),
        '-CAcreateserial', '-days', '30', '-extfile', ext(san), '-out', f(`${name}-cert.pem`));
  };
  signed('server', ['ecparam', '-genkey', '-name', 'prime256v1', '-noout'], '/C=US/ST=CA/O=jnode tests/CN=localhost',
         'DNS:localhost,IP:127.0.0.1');
  signed('client', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'], '/O=jnode tests/CN=client',
         'DNS:client.example');
  signed('other', ['ecparam', '-genkey', '-name', 'prime256v1', '-noout'], '/O=jnode tests/CN=other.example',
         'DNS:other.example');
  run('req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout',
      f('self-key.pem'), '-days', '30', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost',
      '-out', f('self-cert.pem'));

  const read = (name) => fs.readFileSync(f(name));
  return {
    dir,
    openssl: OPENSSL,
    ca: read('ca-cert.pem'),
    server: { key: read('server-key.pem'), cert: read('server-cert.pem') },
    client: { key: read('client-key.pem'), cert: read('client-cert.pem') },
    other: { key: read('other-key.pem'), cert: read('other-cert.pem') },
    self: { key: read('self-key.pem'), cert: read('self-cert.pem') },
  };
}

module.exports = { make, skipWithoutOpenssl };
