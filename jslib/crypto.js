'use strict';
// The crypto module over the JDK's providers (the binding's MessageDigest, Mac, Cipher and
// SecureRandom; scrypt from Bouncy Castle). Key objects, signatures and key agreement are not provided.

const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { Hash, Hmac, createHash, createHmac, hash, getHashes } = require('internal/crypto/hash');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID,
} = require('internal/crypto/random');
const { pbkdf2, pbkdf2Sync } = require('internal/crypto/pbkdf2');
const { scrypt, scryptSync } = require('internal/crypto/scrypt');
const {
  Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers,
} = require('internal/crypto/cipher');
const webcrypto = require('internal/crypto/webcrypto');
const constants = require('internal/crypto/constants');

function timingSafeEqual(buf1, buf2) {
  const a = bytesOf(buf1, 'buf1');
  const b = bytesOf(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  // Every byte is compared, whatever differs first, so the time taken tells nothing.
  let diff = 0;
  for (let i = 0; i < a.byteLength; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function bytesOf(buf, name) {
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf);
  if (isArrayBufferView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const err = new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buf);
  // node's wording here names no received value.
  err.message = `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
  throw err;
}

function getFips() {
  return 0;
}

module.exports = {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  getCiphers,
  getHashes,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual,
  getFips,
  hash,
  Cipheriv,
  Decipheriv,
  Hash,
  Hmac,
  constants,
  webcrypto: webcrypto.crypto,
  subtle: webcrypto.subtle,
  getRandomValues: webcrypto.getRandomValues,
};

// Old aliases node still has, kept out of Object.keys as node keeps them.
for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
  Object.defineProperty(module.exports, name, { value: randomBytes, writable: true, configurable: true });
}
