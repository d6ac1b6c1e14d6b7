'use strict';
// SNI: the server picks its certificate by the name the client asks for, through addContext's
// patterns or an SNICallback; an unknown name gets the default context; servername is reported.
const { mustCall } = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs').make();

const server = tls.createServer({ ...certs.other }, (s) => s.end(s.servername));
server.addContext('local*', { ...certs.server });

function ask(port, servername, cb) {
  const c = tls.connect({ port, host: '127.0.0.1', ca: certs.ca, servername, rejectUnauthorized: false }, mustCall(() => {
    const cn = c.getPeerCertificate().subject.CN;
    let body = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { body += d; });
    c.on('end', mustCall(() => cb(cn, body, c.authorized)));
  }));
}

server.listen(0, '127.0.0.1', mustCall(() => {
  const { port } = server.address();
  ask(port, 'localhost', mustCall((cn, body, authorized) => {
    assert.strictEqual(cn, 'localhost');
    assert.strictEqual(body, 'localhost');
    assert.strictEqual(authorized, true);
    ask(port, 'other.example', mustCall((cn2, body2, authorized2) => {
      assert.strictEqual(cn2, 'other.example');
      assert.strictEqual(body2, 'other.example');
      assert.strictEqual(authorized2, true);
      server.close();
      withCallback();
    }));
  }));
}));

function withCallback() {
  const names = [];
  const s = tls.createServer({
    ...certs.other,
    SNICallback: mustCall((name, cb) => {
      names.push(name);
      setTimeout(() => cb(null, name === 'localhost' ? tls.createSecureContext(certs.server) : null), 10);
    }),
  }, (sock) => sock.end('ok'));
  s.listen(0, '127.0.0.1', mustCall(() => {
    ask(s.address().port, 'localhost', mustCall((cn, body) => {
      assert.strictEqual(cn, 'localhost');
      assert.strictEqual(body, 'ok');
      assert.deepStrictEqual(names, ['localhost']);
      s.close();
    }));
  }));
}
