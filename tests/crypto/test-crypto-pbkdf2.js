'use strict';
const assert = require('assert');
const crypto = require('crypto');
const { promisify } = require('util');
const { mustCall, mustSucceed } = require('../common');

// RFC 6070 (PBKDF2-HMAC-SHA1).
const rfc6070 = [
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25,
   '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3'],
];
for (const [p, s, c, len, hex] of rfc6070) {
  assert.strictEqual(crypto.pbkdf2Sync(p, s, c, len, 'sha1').toString('hex'), hex);
}
// SHA-256 (RFC 7914 section 11).
assert.strictEqual(crypto.pbkdf2Sync('passwd', 'salt', 1, 64, 'sha256').toString('hex'),
                   '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
                   '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783');
// Empty password and salt, binary (non-UTF-8) bytes, a zero-length key.
assert.strictEqual(crypto.pbkdf2Sync('', '', 1, 10, 'sha256').toString('hex'), 'f7ce0b653d2d72a4108c');
assert.strictEqual(crypto.pbkdf2Sync(Buffer.from([0xff, 0xfe]), new Uint8Array([0x80]), 3, 8, 'sha512').length, 8);
assert.deepStrictEqual(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1'), Buffer.alloc(0));

// Callback and promise forms give the same key.
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', mustSucceed((key) => {
  assert.strictEqual(key.toString('hex'), rfc6070[1][4]);
}));
promisify(crypto.pbkdf2)('password', 'salt', 4096, 20, 'sha1').then(mustCall((key) => {
  assert.strictEqual(key.toString('hex'), rfc6070[2][4]);
}));

// Bad input throws at once in both forms.
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 10, 'nope'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
assert.throws(() => crypto.pbkdf2('a', 'b', 1, 10, 'nope', () => {}), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'), {
  name: 'RangeError',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'), {
  name: 'TypeError',
  message: 'The "password" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
           'TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.pbkdf2('a', 'b', 1, 1, 'sha1'), {
  name: 'TypeError', message: 'The "callback" argument must be of type function. Received undefined',
});
