'use strict';
const assert = require('assert');
const crypto = require('crypto');
const { mustCall } = require('../common');

const hex = (s) => Buffer.from(s, 'hex');
const run = (c, data) => Buffer.concat([c.update(data), c.final()]);

// NIST SP 800-38A: F.2.1 (CBC-AES128), F.5.1 (CTR-AES128), F.2.5 (CBC-AES256), one block each.
const key128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
const key256 = hex('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4');
const pt = hex('6bc1bee22e409f96e93d7e117393172a');
const cbcIv = hex('000102030405060708090a0b0c0d0e0f');
const vectors = [
  ['aes-128-cbc', key128, cbcIv, '7649abac8119b246cee98e9b12e9197d'],
  ['aes-256-cbc', key256, cbcIv, 'f58c4c04d6e5f1ba779eabfb5f7bfbd6'],
  ['aes-128-ctr', key128, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), '874d6191b620e3261bef6864990db6ce'],
];
for (const [alg, key, iv, ct] of vectors) {
  const e = crypto.createCipheriv(alg, key, iv);
  e.setAutoPadding(false);
  assert.strictEqual(run(e, pt).toString('hex'), ct, alg);
  const d = crypto.createDecipheriv(alg, key, iv);
  d.setAutoPadding(false);
  assert.deepStrictEqual(run(d, hex(ct)), pt, alg);
}

// Padded CBC round trip with string encodings; output split across update() and final().
const key = crypto.randomBytes(24);
const iv = crypto.randomBytes(16);
const text = 'héllo wörld, a message longer than one block';
const e = crypto.createCipheriv('aes-192-cbc', key, iv);
const ct = e.update(text, 'utf8', 'base64') + e.final('base64');
assert.strictEqual(Buffer.from(ct, 'base64').length, 48);
const d = crypto.createDecipheriv('aes-192-cbc', key, iv);
assert.strictEqual(d.update(ct, 'base64', 'utf8') + d.final('utf8'), text);
// CTR keeps the length.
const ctr = crypto.createCipheriv('aes-256-ctr', key256, iv);
assert.strictEqual(run(ctr, 'seven b').length, 7);

// GCM: test case 2 of McGrew & Viega's GCM spec, then AAD and a tampered tag.
const g = crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12));
assert.strictEqual(run(g, Buffer.alloc(16)).toString('hex'), '0388dace60b6a392f328c2b971b2fe78');
assert.strictEqual(g.getAuthTag().toString('hex'), 'ab6e47d42cec13bdf53a67b21257bddf');

const gk = crypto.randomBytes(32);
const giv = crypto.randomBytes(12);
const ge = crypto.createCipheriv('aes-256-gcm', gk, giv);
ge.setAAD(Buffer.from('header'));
const gct = run(ge, 'secret');
const tag = ge.getAuthTag();
assert.strictEqual(tag.length, 16);
const gd = crypto.createDecipheriv('aes-256-gcm', gk, giv);
gd.setAAD(Buffer.from('header'));
gd.setAuthTag(tag);
assert.strictEqual(run(gd, gct).toString(), 'secret');
const bad = crypto.createDecipheriv('aes-256-gcm', gk, giv);
bad.setAAD(Buffer.from('header'));
const badTag = Buffer.from(tag);
badTag[0] ^= 1;
bad.setAuthTag(badTag);
bad.update(gct);
assert.throws(() => bad.final(), { name: 'Error', message: 'Unsupported state or unable to authenticate data' });
// Shorter tags are prefixes of the full one, and decrypt (or fail) as full ones do.
for (const authTagLength of [4, 8, 12]) {
  const opts = { authTagLength };
  const short = crypto.createCipheriv('aes-256-gcm', gk, giv, opts);
  short.setAAD(Buffer.from('header'));
  assert.deepStrictEqual(run(short, 'secret'), gct);
  const shortTag = short.getAuthTag();
  assert.deepStrictEqual(shortTag, tag.subarray(0, authTagLength));
  const sd = crypto.createDecipheriv('aes-256-gcm', gk, giv, opts);
  sd.setAuthTag(shortTag);
  sd.setAAD(Buffer.from('header'));
  assert.strictEqual(run(sd, gct).toString(), 'secret');
  const forged = crypto.createDecipheriv('aes-256-gcm', gk, giv, opts);
  forged.setAuthTag(shortTag);
  forged.setAAD(Buffer.from('other'));
  forged.update(gct);
  assert.throws(() => forged.final(), { message: 'Unsupported state or unable to authenticate data' });
}

// Failures at final(): OpenSSL's errors, as node passes them on.
const wrongKey = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 1), Buffer.alloc(16));
wrongKey.update(crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).final());
assert.throws(() => wrongKey.final(), {
  message: 'error:1C800064:Provider routines::bad decrypt',
  code: 'ERR_OSSL_BAD_DECRYPT', library: 'Provider routines', reason: 'bad decrypt',
});
const partial = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
partial.update(Buffer.alloc(5));
assert.throws(() => partial.final(), {
  message: 'error:1C80006B:Provider routines::wrong final block length',
  code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
});
const finished = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
finished.final();
assert.throws(() => finished.update('a'), { message: 'Trying to add data in unsupported state' });
assert.throws(() => finished.final(), { message: 'Invalid state', code: 'ERR_CRYPTO_INVALID_STATE' });

// Bad arguments.
assert.throws(() => crypto.createCipheriv('aes-128-xyz', Buffer.alloc(16), Buffer.alloc(16)), {
  name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(16)), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(15)), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector',
});
assert.throws(() => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), { authTagLength: 3 }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', 5, Buffer.alloc(16)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createCipheriv(5, Buffer.alloc(16), Buffer.alloc(16)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).getAuthTag(), {
  code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag',
});
assert.ok(crypto.getCiphers().includes('aes-256-gcm'));

// As a stream.
const se = crypto.createCipheriv('aes-128-cbc', key128, cbcIv);
const parts = [];
se.on('data', (c) => parts.push(c));
se.on('end', mustCall(() => {
  const sd = crypto.createDecipheriv('aes-128-cbc', key128, cbcIv);
  assert.strictEqual(run(sd, Buffer.concat(parts)).toString(), 'streamed text');
}));
se.write('streamed ');
se.end('text');
