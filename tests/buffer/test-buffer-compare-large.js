'use strict';
// Buffer compare/equals and assert's deep equality of big buffers (jnode compares big ranges in
// Java, a slice at a time): the first differing byte decides, as an unsigned byte, wherever it is.
const assert = require('assert');
const util = require('util');

const SIZE = 200000; // several of Java's 48 KiB slices
const base = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) base[i] = (i * 31) & 0xff;

for (const at of [0, 4095, 4096, 49151, 49152, 49153, 98304, SIZE - 1]) {
  const other = Buffer.from(base);
  assert.strictEqual(base.compare(other), 0);
  assert.ok(base.equals(other));
  other[at] = base[at] ^ 0x80; // one side gets a high byte, the other a low one
  const want = base[at] < other[at] ? -1 : 1;
  assert.strictEqual(Buffer.compare(base, other), want, `difference at ${at}`);
  assert.strictEqual(Buffer.compare(other, base), -want, `difference at ${at}, reversed`);
  assert.strictEqual(base.equals(other), false, `equals with a difference at ${at}`);
  assert.throws(() => assert.deepStrictEqual(base, other), assert.AssertionError);
  assert.strictEqual(util.isDeepStrictEqual(base, other), false);
  // A range that ends before the difference is equal.
  assert.strictEqual(base.compare(other, 0, at, 0, at), 0);
}

// Unsigned order: 0x80 is above 0x7f.
const low = Buffer.alloc(8192, 0x7f);
const high = Buffer.alloc(8192, 0x7f);
high[5000] = 0x80;
assert.strictEqual(Buffer.compare(low, high), -1);

// Views at an offset into a bigger ArrayBuffer, and a shorter equal prefix.
const wide = Buffer.concat([Buffer.alloc(7, 1), base, Buffer.alloc(9, 2)]);
const view = wide.subarray(7, 7 + SIZE);
assert.strictEqual(view.compare(base), 0);
assert.deepStrictEqual(view, base);
assert.strictEqual(base.subarray(0, SIZE - 1).compare(base), -1);
assert.strictEqual(base.compare(base.subarray(0, SIZE - 1)), 1);
assert.strictEqual(base.compare(wide, 7, 7 + SIZE - 10, 0, SIZE - 10), 0);
assert.deepStrictEqual(new Uint8Array(base), new Uint8Array(view));
assert.deepStrictEqual(new Uint8Array(base).buffer, new Uint8Array(view).buffer);

// Deep equality still sees properties added to a big buffer or array beside its indices.
const tagged = Buffer.from(base);
tagged.extra = 1;
assert.throws(() => assert.deepStrictEqual(tagged, base), assert.AssertionError);
assert.throws(() => assert.deepStrictEqual(base, tagged), assert.AssertionError);
const tagged2 = Buffer.from(base);
tagged2.extra = 1;
assert.deepStrictEqual(tagged, tagged2);
tagged2.extra = 2;
assert.throws(() => assert.deepStrictEqual(tagged, tagged2), assert.AssertionError);
const arr = Array.from({ length: 50000 }, (_, i) => i);
const arr2 = arr.slice();
arr2.note = 'x';
assert.throws(() => assert.deepStrictEqual(arr, arr2), assert.AssertionError);
assert.deepStrictEqual(arr, arr.slice());
// A sparse array: its index keys are fewer than its length.
const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
sparse.note = 'y';
assert.throws(() => assert.deepStrictEqual(sparse, [1, , 3]), assert.AssertionError); // eslint-disable-line no-sparse-arrays
assert.deepStrictEqual(sparse, Object.assign([1, , 3], { note: 'y' })); // eslint-disable-line no-sparse-arrays

// Bad input: node's errors.
assert.throws(() => Buffer.compare(base, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => base.equals([1, 2]), { code: 'ERR_INVALID_ARG_TYPE' });
