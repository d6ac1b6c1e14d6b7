'use strict';
const assert = require('assert');
const crypto = require('crypto');
const { mustCall, mustSucceed } = require('../common');

// randomBytes: sync and callback; two draws differ.
const a = crypto.randomBytes(32);
assert.ok(Buffer.isBuffer(a));
assert.strictEqual(a.length, 32);
assert.notDeepStrictEqual(a, crypto.randomBytes(32));
assert.strictEqual(crypto.randomBytes(0).length, 0);
let sync = true;
crypto.randomBytes(16, mustSucceed((buf) => {
  assert.strictEqual(sync, false);
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 16);
}));
sync = false;
assert.throws(() => crypto.randomBytes(-1), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => crypto.randomBytes('1'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomBytes(1, 'cb'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });

// randomFillSync writes only the range asked for.
const buf = Buffer.alloc(64);
assert.strictEqual(crypto.randomFillSync(buf, 8, 16), buf);
assert.ok(buf.subarray(0, 8).every((b) => b === 0));
assert.ok(buf.subarray(24).every((b) => b === 0));
assert.ok(buf.subarray(8, 24).some((b) => b !== 0));
// Offsets count elements of a typed array.
const u32 = new Uint32Array(8);
crypto.randomFillSync(u32, 2, 2);
assert.deepStrictEqual([u32[0], u32[1], u32[4], u32[7]], [0, 0, 0, 0]);
assert.ok(u32[2] !== 0 || u32[3] !== 0);
const ab = new ArrayBuffer(16);
assert.strictEqual(crypto.randomFillSync(ab), ab);
assert.ok(new Uint8Array(ab).some((b) => b !== 0));
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 1, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size + offset" is out of range. It must be <= 4. Received 6',
});
assert.throws(() => crypto.randomFillSync('x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });

const target = Buffer.alloc(32);
crypto.randomFill(target, 16, mustSucceed((b) => {
  assert.strictEqual(b, target);
  assert.ok(target.subarray(0, 16).every((x) => x === 0));
  assert.ok(target.subarray(16).some((x) => x !== 0));
}));
assert.throws(() => crypto.randomFill(Buffer.alloc(2)), { code: 'ERR_INVALID_ARG_TYPE' });

// randomInt: in range, sync and callback, and node's errors.
for (let i = 0; i < 200; i++) {
  const n = crypto.randomInt(-3, 4);
  assert.ok(Number.isInteger(n) && n >= -3 && n < 4);
}
const seen = new Set();
for (let i = 0; i < 200; i++) seen.add(crypto.randomInt(3));
assert.deepStrictEqual([...seen].sort(), [0, 1, 2]);
crypto.randomInt(10, 12, mustSucceed((n) => assert.ok(n === 10 || n === 11)));
assert.throws(() => crypto.randomInt(10, 5), {
  name: 'RangeError',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" (10). Received 5',
});
assert.throws(() => crypto.randomInt(1.5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "max" argument must be a safe integer. Received type number (1.5)',
});
assert.throws(() => crypto.randomInt(0, 2 ** 48 + 1), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });

// randomUUID: version 4, RFC 4122 variant.
const uuid = crypto.randomUUID();
assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
assert.notStrictEqual(uuid, crypto.randomUUID());
assert.throws(() => crypto.randomUUID(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

// timingSafeEqual.
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), {
  name: 'RangeError',
  code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  message: 'Input buffers must have the same byte length',
});
assert.throws(() => crypto.timingSafeEqual('a', Buffer.alloc(1)), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
});

// The module's getRandomValues.
const vals = new Uint32Array(4);
assert.strictEqual(crypto.getRandomValues(vals), vals);
assert.ok(vals.some((v) => v !== 0));
process.on('exit', mustCall());
