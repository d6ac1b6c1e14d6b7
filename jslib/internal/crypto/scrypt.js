'use strict';
// scrypt / scryptSync (RFC 7914) through the binding; the callback form derives on the worker pool.
// Parameters are checked as OpenSSL checks them for node: N a power of two, and the memory the
// derivation needs, 128 * r * (N + 2 + p) bytes, within maxmem.

const { validateFunction, validateInt32, validateInteger, validateUint32 } = require('internal/validators');
const {
  codes: { ERR_CRYPTO_INVALID_SCRYPT_PARAMS, ERR_CRYPTO_SCRYPT_INVALID_PARAMETER },
} = require('internal/errors');
const { getArrayBufferOrView, abArgs, fromBinding } = require('internal/crypto/util');

const binding = internalBinding('crypto');
const defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

/** One parameter under either of its names; 0 means the default, as in OpenSSL. */
function param(options, name, alias) {
  let value = options[name];
  if (value !== undefined) validateUint32(value, name);
  if (options[alias] !== undefined) {
    if (value !== undefined) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
    value = options[alias];
    validateUint32(value, alias);
  }
  return value || defaults[name];
}

function check(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  const opts = options !== null && typeof options === 'object' ? options : {};
  const N = param(opts, 'N', 'cost');
  const r = param(opts, 'r', 'blockSize');
  const p = param(opts, 'p', 'parallelization');
  let maxmem = defaults.maxmem;
  if (opts.maxmem !== undefined) {
    validateInteger(opts.maxmem, 'maxmem', 0);
    maxmem = opts.maxmem || defaults.maxmem;
  }
  if (N < 2 || (N & (N - 1)) !== 0) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS();
  if (128 * r * (N + 2 + p) > maxmem) {
    throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS('error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return [...abArgs(password), ...abArgs(salt), N, r, p, keylen];
}

function scryptSync(password, salt, keylen, options) {
  return fromBinding(binding.scrypt(...check(password, salt, keylen, options)));
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const args = check(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scryptAsync(...args, (bb) => callback(null, fromBinding(bb)));
}

module.exports = { scrypt, scryptSync };
