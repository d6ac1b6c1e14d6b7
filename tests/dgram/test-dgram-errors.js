'use strict';
// dgram's errors: bad type, port, buffer and address arguments throw; run-time failures
// (EADDRINUSE, EMSGSIZE, a failed lookup) arrive as 'error' events or send callbacks.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

assert.throws(() => dgram.createSocket('udp5'), {
  code: 'ERR_SOCKET_BAD_TYPE', name: 'TypeError', message: 'Bad socket type specified. Valid types are: udp4, udp6',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

const s = dgram.createSocket('udp4');
assert.throws(() => s.send('x', 70000, '127.0.0.1'), {
  code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be > 0 and < 65536. Received type number (70000).',
});
assert.throws(() => s.send('x'), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => s.send(5, 1234, '127.0.0.1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
           'Received type number (5)',
});
assert.throws(() => s.send([5], 1234, '127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.send(Buffer.alloc(4), 5, 1, 1234, '127.0.0.1'), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => s.send('x', 1234, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.address(), { code: 'EBADF', syscall: 'getsockname' });
assert.throws(() => s.getRecvBufferSize(), (err) => {
  assert.strictEqual(err.code, 'ERR_SOCKET_BUFFER_SIZE');
  assert.strictEqual(err.message,
                     'Could not get or set buffer size: uv_recv_buffer_size returned EBADF (bad file descriptor)');
  assert.deepStrictEqual(err.info, { errno: -9, code: 'EBADF', message: 'bad file descriptor',
                                     syscall: 'uv_recv_buffer_size' });
  return true;
});
assert.throws(() => s.setRecvBufferSize(-1), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
assert.throws(() => s.setTTL('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.addMembership(), { code: 'ERR_MISSING_ARGS' });

s.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => s.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND', message: 'Socket is already bound' });
  assert.throws(() => s.setTTL(0), { code: 'EINVAL', syscall: 'setTTL', message: 'setTTL EINVAL' });
  const port = s.address().port;

  // The same port again: EADDRINUSE, as an 'error' event.
  const other = dgram.createSocket('udp4');
  other.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    other.close();

    // Too big for one datagram: EMSGSIZE in the callback.
    s.send(Buffer.alloc(70000), port, '127.0.0.1', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EMSGSIZE');
      assert.strictEqual(err.syscall, 'send');
      assert.strictEqual(err.address, '127.0.0.1');

      // A name that does not resolve: the lookup error in the callback.
      s.send('x', port, 'nonexistent.invalid', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ENOTFOUND');
        assert.strictEqual(err.syscall, 'getaddrinfo');
        s.close(common.mustCall(() => {
          assert.throws(() => s.send('x', port, '127.0.0.1'), {
            code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running',
          });
          assert.throws(() => s.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
          assert.throws(() => s.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
        }));
      }));
    }));
  }));
  other.bind(port, '127.0.0.1', common.mustNotCall());
}));
