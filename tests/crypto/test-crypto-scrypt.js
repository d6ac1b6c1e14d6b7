'use strict';
const assert = require('assert');
const crypto = require('crypto');
const { promisify } = require('util');
const { mustCall, mustSucceed } = require('../common');

// RFC 7914 section 12.
assert.strictEqual(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'),
                   '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
                   'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906');
assert.strictEqual(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'),
                   'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
                   '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640');
// The defaults (N 16384, r 8, p 1), and the aliases; 0 means the default.
const dflt = '745731af4484f323968969eda289aeee';
assert.strictEqual(crypto.scryptSync('password', 'salt', 16).toString('hex'), dflt);
assert.strictEqual(crypto.scryptSync('password', 'salt', 16, { cost: 16384, blockSize: 8, parallelization: 1 })
  .toString('hex'), dflt);
assert.strictEqual(crypto.scryptSync('password', 'salt', 16, { N: 0, p: 0, maxmem: 0 }).toString('hex'), dflt);

crypto.scrypt('password', 'salt', 16, mustSucceed((key) => assert.strictEqual(key.toString('hex'), dflt)));
promisify(crypto.scrypt)('', '', 64, { N: 16, r: 1, p: 1 }).then(mustCall((key) => {
  assert.strictEqual(key.toString('hex').slice(0, 8), '77d65762');
}));

// Bad parameters.
assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 3 }), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params',
});
assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 2 ** 20 }), {
  name: 'RangeError',
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded',
});
assert.throws(() => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }), {
  name: 'Error', code: 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', message: 'Invalid scrypt parameter',
});
assert.throws(() => crypto.scryptSync('p', 's', 16, { r: 'a' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.scryptSync('p', 's', -1), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scrypt('p', 's', 16), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
