'use strict';
// Echo over TCP: addresses, event order, byte counts, server close after the last connection.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer(common.mustCall((sock) => {
  assert.strictEqual(sock.remoteAddress, '::ffff:127.0.0.1');
  assert.strictEqual(sock.remoteFamily, 'IPv6');
  assert.strictEqual(sock.localPort, server.address().port);
  assert.strictEqual(sock.readyState, 'open');
  sock.pipe(sock);
  sock.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    events.push('server-sock-close');
  }));
}));

server.listen(0, common.mustCall(() => {
  const addr = server.address();
  assert.strictEqual(addr.address, '::');
  assert.strictEqual(addr.family, 'IPv6');
  assert.ok(addr.port > 0);
  assert.strictEqual(server.listening, true);
  const c = net.connect(addr.port, '127.0.0.1');
  assert.strictEqual(c.connecting, true);
  assert.strictEqual(c.readyState, 'opening');
  assert.strictEqual(c.pending, true);
  c.on('connect', common.mustCall(() => {
    events.push('connect');
    assert.strictEqual(c.remoteAddress, '127.0.0.1');
    assert.strictEqual(c.remotePort, addr.port);
    assert.strictEqual(c.remoteFamily, 'IPv4');
    assert.strictEqual(c.localAddress, '127.0.0.1');
    assert.strictEqual(c.pending, false);
    // +0, not -0 (strictEqual is Object.is): the counters start as a double zero.
    assert.strictEqual(c.bytesWritten, 0);
    assert.strictEqual(c.bytesRead, 0);
    c.write('hello ');
    c.end(Buffer.from('world'));
  }));
  c.on('ready', common.mustCall(() => events.push('ready')));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', common.mustCall(() => {
    events.push('end');
    assert.strictEqual(got, 'hello world');
  }));
  c.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(c.bytesRead, 11);
    assert.strictEqual(c.bytesWritten, 11);
    events.push('close');
    server.close(common.mustCall(() => {
      assert.strictEqual(server.listening, false);
      assert.deepStrictEqual(events.filter((e) => e !== 'server-sock-close'), ['connect', 'ready', 'end', 'close']);
      assert.ok(events.includes('server-sock-close'));
    }));
  }));
}));
