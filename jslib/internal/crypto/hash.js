'use strict';
// crypto.createHash / createHmac / hash: the binding's JDK digests behind node's Hash and Hmac,
// which are Transform streams as well (written data is hashed, the digest is pushed at the end).

const { Buffer } = require('buffer');
const LazyTransform = require('internal/streams/lazy_transform');
const { isArrayBufferView } = require('internal/util/types');
const { validateString } = require('internal/validators');
const {
  genericNodeError,
  codes: { ERR_CRYPTO_HASH_FINALIZED, ERR_CRYPTO_INVALID_DIGEST, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { getArrayBufferOrView, toUint8, abArgs, fromBinding, encodeOutput } = require('internal/crypto/util');

const binding = internalBinding('crypto');
const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');

/** The bytes of update()'s data; an unknown input encoding reads as UTF-8, as in node. */
function updateBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, Buffer.isEncoding(encoding) ? encoding : 'utf8');
  if (!isArrayBufferView(data)) throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  return toUint8(data);
}

// What Hash and Hmac share: update() into the handle, and the stream side (written data is
// hashed; the digest is pushed at the end).
class Digester extends LazyTransform {
  update(data, encoding) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    this[kHandle].update(...abArgs(updateBytes(data, encoding)));
    return this;
  }

  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

class Hash extends Digester {
  constructor(algorithm, options) {
    const source = algorithm instanceof Hash ? algorithm : null;
    if (source === null) validateString(algorithm, 'algorithm');
    super(options);
    const handle = source !== null ? source[kHandle].copy() : binding.hash(algorithm);
    if (handle === null) throw genericNodeError('Digest method not supported');
    this[kHandle] = handle;
    this[kFinalized] = false;
  }

  copy(options) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    return new Hash(this, options);
  }

  digest(outputEncoding) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    this[kFinalized] = true;
    return encodeOutput(fromBinding(this[kHandle].digest()), outputEncoding);
  }
}

class Hmac extends Digester {
  constructor(hmac, key, options) {
    validateString(hmac, 'hmac');
    const encoding = options?.encoding;
    if (typeof key !== 'string' && !isArrayBufferView(key) && !(key instanceof ArrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('key',
        ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
    }
    super(options);
    const handle = binding.hmac(hmac, ...abArgs(getArrayBufferOrView(key, 'key', encoding)));
    if (handle === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
    this[kHandle] = handle;
    this[kFinalized] = false;
  }

  // A second digest() gives an empty result rather than throwing, as in node.
  digest(outputEncoding) {
    const buf = this[kFinalized] ? Buffer.alloc(0) : fromBinding(this[kHandle].digest());
    this[kFinalized] = true;
    return encodeOutput(buf, outputEncoding);
  }
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

/** One-shot digest (node 20.12+): hex by default. */
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  if (outputEncoding !== 'buffer' && !Buffer.isEncoding(outputEncoding)) {
    throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const handle = binding.hash(algorithm);
  if (handle === null) throw genericNodeError(`Digest method ${algorithm} is not supported`);
  handle.update(...abArgs(updateBytes(input, 'utf8')));
  return encodeOutput(fromBinding(handle.digest()), outputEncoding);
}

let hashes;
function getHashes() {
  hashes ??= Array.from(binding.getHashes());
  return hashes.slice();
}

module.exports = { Hash, Hmac, createHash, createHmac, hash, getHashes };
