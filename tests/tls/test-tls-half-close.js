'use strict';
// end() sends close_notify and a FIN: with allowHalfOpen the server still writes after the
// client's 'end' reached it, the client reads that, and both sides close.
const { mustCall } = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs').make();

const server = tls.createServer({ ...certs.server, allowHalfOpen: true }, mustCall((s) => {
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { got += d; });
  s.on('end', mustCall(() => {
    assert.strictEqual(got, 'request');
    assert.strictEqual(s.writable, true);
    // The client's side is closed for writing; ours is still open.
    s.write('response part 1, ');
    setTimeout(() => s.end('part 2'), 20);
  }));
  s.on('close', mustCall());
}));

server.listen(0, '127.0.0.1', mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca, servername: 'localhost',
                          allowHalfOpen: true }, mustCall(() => {
    c.end('request');
  }));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('finish', mustCall(() => assert.strictEqual(c.readable, true)));
  c.on('end', mustCall(() => {
    assert.strictEqual(got, 'response part 1, part 2');
  }));
  c.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));
