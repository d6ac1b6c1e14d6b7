'use strict';
// allowHalfOpen: the server sees 'end' and can still write; the client reads it all.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, common.mustCall((sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'request');
    assert.strictEqual(sock.writable, true);
    assert.strictEqual(sock.readyState, 'writeOnly');
    // Write after our peer's FIN, a tick later to be sure the FIN did not close us.
    setTimeout(() => {
      sock.write('response-1 ');
      sock.end('response-2');
    }, 20);
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.end('request');
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('finish', common.mustCall(() => assert.strictEqual(c.readyState, 'readOnly')));
  c.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'response-1 response-2');
  }));
  c.on('close', common.mustCall(() => server.close()));
}));
