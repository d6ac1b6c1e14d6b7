'use strict';
// pbkdf2 / pbkdf2Sync: PBKDF2 over the JDK's HMAC; the callback form derives on the worker pool.

const { validateFunction, validateInt32, validateString } = require('internal/validators');
const { codes: { ERR_CRYPTO_INVALID_DIGEST } } = require('internal/errors');
const { getArrayBufferOrView, abArgs, fromBinding } = require('internal/crypto/util');

const binding = internalBinding('crypto');

function check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  // Checked here so that both forms throw at once, as node's do.
  if (binding.hash(digest) === null) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return [...abArgs(password), ...abArgs(salt), iterations, keylen, digest];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return fromBinding(binding.pbkdf2(...check(password, salt, iterations, keylen, digest)));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2Async(...args, (bb) => callback(null, fromBinding(bb)));
}

module.exports = { pbkdf2, pbkdf2Sync };
