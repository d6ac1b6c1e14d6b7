'use strict';
// connect/disconnect: a connected socket sends without an address and tells its peer, refuses
// a second connect or an address on send, and disconnect returns it to sending anywhere.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');

assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' });
assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
assert.throws(() => client.connect(0, '127.0.0.1'), {
  code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError',
  message: 'Port should be > 0 and < 65536. Received type number (0).',
});

let received = 0;
server.on('message', common.mustCall((msg, rinfo) => {
  received++;
  assert.strictEqual(rinfo.port, client.address().port);
  if (received === 1) {
    assert.strictEqual(msg.toString(), 'connected');
    client.disconnect();
    assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
    assert.throws(() => client.send('x'), { code: 'ERR_SOCKET_BAD_PORT' });
    client.send('after', server.address().port, '127.0.0.1');
  } else {
    assert.strictEqual(msg.toString(), 'after');
    client.close();
    server.close();
  }
}, 2));

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  client.connect(port, '127.0.0.1', common.mustCall(function() {
    assert.strictEqual(this, client);
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected' });
    assert.throws(() => client.send('x', 0, 1, port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    client.send('connected', common.mustSucceed((bytes) => assert.strictEqual(bytes, 9)));
  }));
  client.on('connect', common.mustCall());
}));
