'use strict';
const assert = require('assert');
const crypto = require('crypto');
const { mustCall } = require('../common');

// The global is node's webcrypto object, with its classes.
assert.strictEqual(globalThis.crypto, crypto.webcrypto);
assert.strictEqual(crypto.subtle, crypto.webcrypto.subtle);
assert.ok(Object.getOwnPropertyDescriptor(globalThis, 'crypto').enumerable);
assert.ok(crypto.webcrypto instanceof Crypto);
assert.ok(crypto.subtle instanceof SubtleCrypto);
assert.strictEqual(Object.prototype.toString.call(crypto.webcrypto), '[object Crypto]');
assert.throws(() => new Crypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new CryptoKey(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

// getRandomValues: integer arrays up to 64 KiB.
const u8 = new Uint8Array(64);
assert.strictEqual(globalThis.crypto.getRandomValues(u8), u8);
assert.ok(u8.some((b) => b !== 0));
crypto.webcrypto.getRandomValues(new BigUint64Array(2));
assert.throws(() => crypto.webcrypto.getRandomValues(new Uint8Array(65537)), {
  name: 'QuotaExceededError', code: 22, message: 'The requested length exceeds 65,536 bytes',
});
assert.throws(() => crypto.webcrypto.getRandomValues(new Float32Array(2)), {
  name: 'TypeMismatchError', code: 17,
});
assert.throws(() => crypto.webcrypto.getRandomValues.call(null, new Uint8Array(2)), {
  name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Crypto',
});
assert.match(globalThis.crypto.randomUUID(), /^[0-9a-f-]{36}$/);

// subtle.digest: a Promise of an ArrayBuffer (FIPS 180 "abc").
const p = crypto.subtle.digest('SHA-256', Buffer.from('abc'));
assert.ok(p instanceof Promise);
p.then(mustCall((ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(ab).toString('hex'),
                     'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
}));
crypto.subtle.digest({ name: 'sha-1' }, new TextEncoder().encode('abc').buffer).then(mustCall((ab) => {
  assert.strictEqual(Buffer.from(ab).toString('hex'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
}));
crypto.subtle.digest('SHA-257', Buffer.from('a')).then(assert.fail, mustCall((err) => {
  assert.strictEqual(err.name, 'NotSupportedError');
  assert.strictEqual(err.message, 'Unrecognized algorithm name');
}));
crypto.subtle.digest('SHA-256', 'abc').then(assert.fail, mustCall((err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
}));
