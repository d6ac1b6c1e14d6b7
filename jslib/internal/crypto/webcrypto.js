'use strict';
// The Web Crypto API objects (crypto.webcrypto, the global crypto): getRandomValues, randomUUID
// and subtle.digest. SubtleCrypto's other methods reject: jnode has no key operations yet.

const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { DOMException } = require('internal/dom_exception');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { randomUUID } = require('internal/crypto/random');
const { abArgs } = require('internal/crypto/util');

const binding = internalBinding('crypto');
const kConstruct = Symbol('kConstruct');

// WebCrypto digest names and the binding's (OpenSSL) names for them.
const kDigests = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

function notSupported() {
  return new DOMException('Unrecognized algorithm name', 'NotSupportedError');
}

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
    const digest = typeof name === 'string' ? kDigests[name.toLowerCase()] : undefined;
    if (!isArrayBufferView(data) && !isAnyArrayBuffer(data)) {
      const err = new ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
      // WebIDL's wording, as node gives it.
      err.message = "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of " +
        'ArrayBuffer, Buffer, TypedArray, or DataView.';
      throw err;
    }
    if (digest === undefined) throw notSupported();
    const bytes = isAnyArrayBuffer(data) ? new Uint8Array(data) :
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const handle = binding.hash(digest);
    handle.update(...abArgs(bytes));
    // A copy the script owns, not a view of the binding's memory.
    return new Uint8Array(new ArrayBuffer(handle.digest())).slice().buffer;
  }
}

for (const method of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey', 'deriveBits',
                      'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, method, {
    value: { async [method]() { throw notSupported(); } }[method],
    writable: true, configurable: true, enumerable: true,
  });
}

const subtle = new SubtleCrypto(kConstruct);

function isIntegerArray(data) {
  return data instanceof Int8Array || data instanceof Uint8Array || data instanceof Uint8ClampedArray ||
    data instanceof Int16Array || data instanceof Uint16Array || data instanceof Int32Array ||
    data instanceof Uint32Array || data instanceof BigInt64Array || data instanceof BigUint64Array;
}

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(data) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (!isIntegerArray(data)) {
      throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (data.byteLength > 65536) {
      throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    bytes.set(new Uint8Array(new ArrayBuffer(binding.randomBytes(data.byteLength))));
    return data;
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}

// WebIDL members are enumerable, and the objects name themselves.
for (const cls of [Crypto, SubtleCrypto]) {
  for (const key of Object.getOwnPropertyNames(cls.prototype)) {
    if (key !== 'constructor') Object.defineProperty(cls.prototype, key, { enumerable: true });
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
}

const crypto = new Crypto(kConstruct);

/** crypto.getRandomValues: node's module function calls it on the webcrypto object. */
function getRandomValues(data) {
  return crypto.getRandomValues(data);
}

module.exports = { Crypto, CryptoKey, SubtleCrypto, crypto, subtle, getRandomValues };
