'use strict';
const assert = require('assert');

const o = { a: 1, d: new Date(0), r: /x/gi, m: new Map([[1, { b: 2 }]]), s: new Set([1]), big: 5n,
  boxed: Object('s'), arr: [1, , 3] };
o.self = o;
const c = structuredClone(o);
assert.notStrictEqual(c, o);
assert.strictEqual(c.self, c);
assert.strictEqual(c.d.getTime(), 0);
assert.strictEqual(c.r.flags, 'gi');
assert.deepStrictEqual(c.m.get(1), { b: 2 });
assert.strictEqual(c.big, 5n);
assert.strictEqual(1 in c.arr, false);
assert.strictEqual(c.arr.length, 3);

class A { constructor() { this.x = 1; } }
assert.strictEqual(Object.getPrototypeOf(structuredClone(new A())), Object.prototype);

const err = structuredClone(new TypeError('msg', { cause: 5 }));
assert.ok(err instanceof TypeError);
assert.strictEqual(err.message, 'msg');
assert.strictEqual(err.cause, 5);

const ab = new ArrayBuffer(8);
const u = new Uint8Array(ab, 2, 4);
u[0] = 7;
const cu = structuredClone({ ab, u });
assert.strictEqual(cu.u.buffer, cu.ab);
assert.strictEqual(cu.u.byteOffset, 2);
const moved = structuredClone(u, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(moved[0], 7);
assert.ok(!Buffer.isBuffer(structuredClone(Buffer.from('hi'))));

assert.throws(() => structuredClone(function foo() {}), { name: 'DataCloneError', code: 25, message: 'function foo() {} could not be cloned.' });
assert.throws(() => structuredClone(Symbol('x')), { name: 'DataCloneError', message: 'Symbol(x) could not be cloned.' });
assert.throws(() => structuredClone(new WeakMap()), { name: 'DataCloneError', message: '#<WeakMap> could not be cloned.' });
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS', message: 'The value argument must be specified' });
assert.throws(() => structuredClone(1, { transfer: [1] }), { code: 'ERR_INVALID_TRANSFER_OBJECT', name: 'TypeError' });
const dup = new ArrayBuffer(1);
assert.throws(() => structuredClone(dup, { transfer: [dup, dup] }), { name: 'DataCloneError', message: 'Transfer list contains duplicate ArrayBuffer' });
