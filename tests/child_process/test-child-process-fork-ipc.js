'use strict';
// fork() and the IPC channel: JSON and 'advanced' round trips, send callbacks, disconnect,
// ERR_IPC_CHANNEL_CLOSED, internal messages kept from 'message'.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const path = require('path');

const child = path.join(__dirname, 'fixtures', 'echo-child.js');

function roundTrip(serialization, value, check) {
  const c = fork(child, ['a1'], { serialization });
  assert.strictEqual(c.connected, true);
  c.once('message', common.mustCall((m) => {
    assert.deepStrictEqual(m, { ready: true, argv: ['a1'] });
    if (serialization === 'advanced') {
      // V8's serializer refuses a function with a plain Error (not structuredClone's DOMException).
      assert.throws(() => c.send({ f() {} }), (e) => e.constructor === Error && e.message === 'f() {} could not be cloned.');
    }
    assert.strictEqual(c.send(value, common.mustCall((err) => assert.strictEqual(err, null))), true);
    c.once('message', common.mustCall((reply) => {
      assert.strictEqual(reply.connected, true);
      assert.strictEqual(reply.hasChannel, true);
      check(reply.echo);
      c.disconnect();
      assert.strictEqual(c.connected, false);
    }));
  }));
  c.on('disconnect', common.mustCall(() => {
    c.send('late', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
      assert.strictEqual(err.message, 'Channel closed');
    }));
  }));
  c.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
  }));
}

roundTrip('json', { a: [1, 'two', null, true], n: 1.5, s: 'é日本' }, (v) => {
  assert.deepStrictEqual(v, { a: [1, 'two', null, true], n: 1.5, s: 'é日本' });
});

const circular = { name: 'c' };
circular.self = circular;
roundTrip('advanced', {
  map: new Map([[1, { d: new Date(0) }], ['k', new Set([1, 'x'])]]),
  buf: Buffer.from('hi'),
  u16: new Uint16Array([1, 65535]),
  f64: new Float64Array([1.5]),
  big: -(2n ** 70n),
  re: /a.b/gi,
  circular,
  undef: undefined,
  neg0: -0,
  sparse: [1, , 3], // eslint-disable-line no-sparse-arrays
  str: 'é日本',
  err: new TypeError('bad'),
}, (v) => {
  assert.ok(v.map instanceof Map);
  assert.deepStrictEqual(v.map.get(1).d, new Date(0));
  assert.deepStrictEqual([...v.map.get('k')], [1, 'x']);
  assert.ok(Buffer.isBuffer(v.buf));
  assert.strictEqual(v.buf.toString(), 'hi');
  assert.ok(v.u16 instanceof Uint16Array);
  assert.deepStrictEqual([...v.u16], [1, 65535]);
  assert.strictEqual(v.f64[0], 1.5);
  assert.strictEqual(v.big, -(2n ** 70n));
  assert.strictEqual(v.re.source, 'a.b');
  assert.strictEqual(v.re.flags, 'gi');
  assert.strictEqual(v.circular.self, v.circular);
  assert.ok('undef' in v);
  assert.ok(Object.is(v.neg0, -0));
  assert.strictEqual(v.sparse.length, 3);
  assert.ok(!(1 in v.sparse));
  assert.strictEqual(v.str, 'é日本');
  assert.ok(v.err instanceof TypeError);
  assert.strictEqual(v.err.message, 'bad');
});

// Internal messages never reach 'message'; the child disconnects itself.
{
  const c = fork(child);
  c.once('message', common.mustCall(() => {
    c.send({ cmd: 'NODE_SOMETHING_INTERNAL' });
    c.send('ping');
    c.on('message', common.mustCall((m) => {
      assert.strictEqual(m.echo, 'ping');
      c.send('disconnect');
    }));
  }));
  c.on('internalMessage', common.mustNotCall());
  c.on('disconnect', common.mustCall());
  c.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

assert.throws(() => fork(child, { stdio: ['pipe', 'pipe', 'pipe'] }), { code: 'ERR_CHILD_PROCESS_IPC_REQUIRED' });
assert.throws(() => fork(child, { serialization: 'xml' }), { code: 'ERR_INVALID_ARG_VALUE' });
