'use strict';
const assert = require('assert');
const crypto = require('crypto');
const { mustCall } = require('../common');

const hmac = (alg, key, data, enc = 'hex') => crypto.createHmac(alg, key).update(data).digest(enc);

// RFC 2202 test cases 1 and 2 (MD5, SHA-1).
assert.strictEqual(hmac('md5', Buffer.alloc(16, 0x0b), 'Hi There'), '9294727a3638bb1c13f48ef8158bfc9d');
assert.strictEqual(hmac('md5', 'Jefe', 'what do ya want for nothing?'), '750c783e6ab0b503eaa86e310a5db738');
assert.strictEqual(hmac('sha1', Buffer.alloc(20, 0x0b), 'Hi There'), 'b617318655057264e28bc0b6fb378c8ef146be00');
assert.strictEqual(hmac('sha1', 'Jefe', 'what do ya want for nothing?'), 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');

// RFC 4231 test case 2 (SHA-224/256/384/512) and test case 6 (a key longer than the block).
const rfc4231 = {
  sha224: 'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
  sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  sha384: 'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e' +
          '8e2240ca5e69e2c78b3239ecfab21649',
  sha512: '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
          '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
};
for (const [alg, hex] of Object.entries(rfc4231)) {
  assert.strictEqual(hmac(alg, 'Jefe', 'what do ya want for nothing?'), hex, alg);
}
assert.strictEqual(
  hmac('sha256', Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'),
  '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');

// The empty key is a key, as in node.
assert.strictEqual(hmac('sha256', '', ''), 'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');
// Keys as ArrayBuffer, DataView and strings in an encoding (RFC 2202 case 2 again).
const jefeSha1 = 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79';
assert.strictEqual(hmac('sha1', new Uint8Array(Buffer.from('Jefe')).buffer, 'what do ya want for nothing?'), jefeSha1);
const padded = new Uint8Array([0, 0x4a, 0x65, 0x66, 0x65, 0]);
assert.strictEqual(hmac('sha1', new DataView(padded.buffer, 1, 4), 'what do ya want for nothing?'), jefeSha1);
assert.strictEqual(crypto.createHmac('sha1', '4a656665', { encoding: 'hex' })
  .update('what do ya want for nothing?').digest('hex'), jefeSha1);

// Output encodings.
const raw = Buffer.from(rfc4231.sha256, 'hex');
assert.deepStrictEqual(crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest(), raw);
assert.strictEqual(hmac('sha256', 'Jefe', 'what do ya want for nothing?', 'base64'), raw.toString('base64'));
assert.strictEqual(hmac('sha256', 'Jefe', 'what do ya want for nothing?', 'base64url'), raw.toString('base64url'));

// A second digest() is empty; update() after digest() throws.
const h = crypto.createHmac('sha1', 'k');
h.digest();
assert.strictEqual(h.digest('hex'), '');
assert.deepStrictEqual(h.digest(), Buffer.alloc(0));
assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });

// Bad input.
assert.throws(() => crypto.createHmac('sha257', 'k'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: sha257',
});
assert.throws(() => crypto.createHmac('sha1', 5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHmac('sha1'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHmac(null, 'k'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });

// As a stream.
const s = crypto.createHmac('sha256', 'Jefe');
s.on('data', mustCall((d) => assert.strictEqual(d.toString('hex'), rfc4231.sha256)));
s.end('what do ya want for nothing?');
