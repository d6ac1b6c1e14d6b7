'use strict';
const assert = require('assert');
const crypto = require('crypto');
const { Transform } = require('stream');
const { mustCall } = require('../common');

// Known digests of "abc" (RFC 1321, FIPS 180 examples).
const abc = {
  md5: '900150983cd24fb0d6963f7d28e17f72',
  sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d',
  sha224: '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  sha384: 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
          '8086072ba1e7cc2358baeca134c825a7',
  sha512: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
          '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  'sha512-256': '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23',
};
for (const [alg, hex] of Object.entries(abc)) {
  assert.strictEqual(crypto.createHash(alg).update('abc').digest('hex'), hex, alg);
  assert.ok(crypto.getHashes().includes(alg), alg);
}
// OpenSSL's aliases and any case.
assert.strictEqual(crypto.createHash('SHA256').update('abc').digest('hex'), abc.sha256);
assert.strictEqual(crypto.createHash('RSA-SHA1').update('abc').digest('hex'), abc.sha1);
// Empty input, and a multi-block one (FIPS 180: 1,000,000 x 'a').
assert.strictEqual(crypto.createHash('sha256').digest('hex'),
                   'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
const h = crypto.createHash('sha1');
for (let i = 0; i < 1000; i++) h.update('a'.repeat(1000));
assert.strictEqual(h.digest('hex'), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');

// Every output encoding.
const raw = Buffer.from(abc.sha256, 'hex');
const digest = (enc) => crypto.createHash('sha256').update('abc').digest(enc);
assert.deepStrictEqual(digest(), raw);
assert.deepStrictEqual(digest('buffer'), raw);
assert.strictEqual(digest('base64'), raw.toString('base64'));
assert.strictEqual(digest('base64url'), raw.toString('base64url'));
assert.strictEqual(digest('latin1'), raw.toString('latin1'));
assert.strictEqual(digest('binary'), raw.toString('latin1'));
assert.deepStrictEqual(digest('no-such-encoding'), raw);

// Input encodings, typed arrays and DataViews hash the same bytes.
const same = [
  ['616263', 'hex'], ['YWJj', 'base64'], ['abc', 'latin1'], ['abc', 'utf8'], ['abc', 'bogus'],
];
for (const [data, enc] of same) {
  assert.strictEqual(crypto.createHash('md5').update(data, enc).digest('hex'), abc.md5, enc);
}
const bytes = new Uint8Array([0, 97, 98, 99, 0]);
assert.strictEqual(crypto.createHash('md5').update(bytes.subarray(1, 4)).digest('hex'), abc.md5);
assert.strictEqual(crypto.createHash('md5').update(new DataView(bytes.buffer, 1, 3)).digest('hex'), abc.md5);
assert.strictEqual(crypto.createHash('sha256').update('€').digest('hex'),
                   crypto.createHash('sha256').update(Buffer.from([0xe2, 0x82, 0xac])).digest('hex'));
// update() chains; pieces hash as the whole.
assert.strictEqual(crypto.createHash('sha512').update('a').update('b').update('c').digest('hex'), abc.sha512);

// copy() carries the state and leaves the original usable.
const partial = crypto.createHash('sha256').update('ab');
const copy = partial.copy();
assert.strictEqual(copy.update('c').digest('hex'), abc.sha256);
assert.strictEqual(partial.update('c').digest('hex'), abc.sha256);

// After digest(): no update, digest or copy.
const done = crypto.createHash('md5');
done.digest();
for (const f of [() => done.digest(), () => done.update('x'), () => done.copy()]) {
  assert.throws(f, { name: 'Error', code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
}

// Bad input.
assert.throws(() => crypto.createHash('sha257'), { name: 'Error', message: 'Digest method not supported' });
assert.throws(() => crypto.createHash(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHash('sha1').update(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
           'Received type number (5)',
});

// A hash is a Transform: what is written is hashed, the digest comes out at the end.
const stream = crypto.createHash('sha1');
assert.ok(stream instanceof Transform);
assert.ok(stream instanceof crypto.Hash);
stream.setEncoding('hex');
let out = '';
stream.on('data', (d) => { out += d; });
stream.on('end', mustCall(() => assert.strictEqual(out, abc.sha1)));
stream.write('a');
stream.write(Buffer.from('b'));
stream.end('c');

// The one-shot crypto.hash (node 20.12+).
if (typeof crypto.hash === 'function') {
  assert.strictEqual(crypto.hash('sha1', 'abc'), abc.sha1);
  assert.deepStrictEqual(crypto.hash('sha1', 'abc', 'buffer'), Buffer.from(abc.sha1, 'hex'));
  assert.throws(() => crypto.hash('sha1', 'abc', 'nope'), { code: 'ERR_INVALID_ARG_VALUE' });
}
