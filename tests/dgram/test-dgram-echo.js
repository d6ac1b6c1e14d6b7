'use strict';
// A udp4 echo on 127.0.0.1 and a udp6 one on ::1: every send form (string, Buffer, array,
// offset/length, implicit bind), the callback's byte count, rinfo's shape and address().
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const os = require('os');

function echoServer(type, address, ready) {
  const server = dgram.createSocket(type);
  server.on('message', (msg, rinfo) => server.send(msg, rinfo.port, rinfo.address));
  server.bind(0, address, common.mustCall(() => ready(server)));
}

function run(type, address, family, done) {
  echoServer(type, address, (server) => {
    assert.deepStrictEqual(server.address(), { address, family, port: server.address().port });
    const port = server.address().port;
    const client = dgram.createSocket(type);
    // (Not an empty datagram: Netty's epoll channel drops those on receipt, an open defect.)
    const expected = ['hello', 'buffer', 'array-of-parts', 'ell'];
    const got = [];
    client.on('message', common.mustCall((msg, rinfo) => {
      assert.deepStrictEqual(rinfo, { address, family, port, size: msg.length });
      got.push(msg.toString());
      if (got.length === expected.length) {
        assert.deepStrictEqual(got.sort(), expected.slice().sort());
        client.close(common.mustCall(() => server.close(done)));
      }
    }, expected.length));
    client.on('listening', common.mustCall(() => {
      assert.strictEqual(client.address().family, family);
      assert.notStrictEqual(client.address().port, 0);
    }));
    // The first send binds the socket implicitly; these are queued until it is bound.
    client.send('hello', port, address, common.mustSucceed((bytes) => assert.strictEqual(bytes, 5)));
    client.send(Buffer.from('buffer'), port, address, common.mustSucceed((bytes) => assert.strictEqual(bytes, 6)));
    client.send(['array', Buffer.from('-of-'), new Uint8Array([112, 97, 114, 116, 115])], port, address,
                common.mustSucceed((bytes) => assert.strictEqual(bytes, 14)));
    client.send(Buffer.from('hello'), 1, 3, port, address, common.mustSucceed((bytes) => assert.strictEqual(bytes, 3)));
  });
}

const hasIPv6 = Object.values(os.networkInterfaces()).flat().some((i) => i.family === 'IPv6' && i.internal);
run('udp4', '127.0.0.1', 'IPv4', common.mustCall(() => {
  if (!hasIPv6) return console.log('skipping udp6: no IPv6 loopback');
  run('udp6', '::1', 'IPv6', common.mustCall());
}));
