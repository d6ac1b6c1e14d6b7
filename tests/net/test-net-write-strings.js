'use strict';
// Strings written to a socket, one at a time and as a corked batch (one writev), arrive as
// Buffer.from(s) would encode them: a lone surrogate as U+FFFD, latin1 chunks as latin1, in order.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('../common');

const server = net.createServer(mustCall((c) => {
  const got = [];
  c.on('data', (d) => got.push(d));
  c.on('end', mustCall(() => {
    const expected = Buffer.concat([
      Buffer.from('a\ud800b'),
      Buffer.from('x\udc00'), Buffer.from('y'), Buffer.from('\u00e9', 'latin1'), Buffer.from('z'),
      Buffer.from('head+body'),
    ]);
    assert.strictEqual(Buffer.concat(got).toString('hex'), expected.toString('hex'));
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', mustCall(() => {
    c.write('a\ud800b');
    c.cork();
    c.write('x\udc00');
    c.write('y', 'utf8');
    c.write('\u00e9', 'latin1');
    c.write('z');
    c.uncork();
    // http's pattern: the whole message, then an empty latin1 chunk that carries the callback.
    c.cork();
    c.write('head+body');
    c.write('', 'latin1', mustCall());
    c.uncork();
    c.end();
  }));
}));
