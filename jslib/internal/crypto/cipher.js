'use strict';
// createCipheriv / createDecipheriv over the binding's JDK AES (cbc, ctr, gcm, ecb). Like node's,
// they are Transform streams too: written data is enciphered, final() runs at the end.

const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const LazyTransform = require('internal/streams/lazy_transform');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { validateString, validateInt32 } = require('internal/validators');
const {
  genericNodeError, opensslError,
  codes: {
    ERR_CRYPTO_INVALID_AUTH_TAG, ERR_CRYPTO_INVALID_IV, ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_STATE, ERR_CRYPTO_UNKNOWN_CIPHER, ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { getArrayBufferOrView, toUint8, abArgs, fromBinding } = require('internal/crypto/util');

const binding = internalBinding('crypto');
const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

// The binding's doFinal failure codes (CipherHandle).
const BAD_DECRYPT = -1;
const WRONG_FINAL_BLOCK_LENGTH = -2;
const AUTH_FAILED = -3;

function finalError(code) {
  switch (code) {
    case BAD_DECRYPT: return opensslError('1C800064', 'Provider routines', 'bad decrypt');
    case WRONG_FINAL_BLOCK_LENGTH: return opensslError('1C80006B', 'Provider routines', 'wrong final block length');
    default: return genericNodeError('Unsupported state or unable to authenticate data');
  }
}

function isValidGcmTagLength(n) {
  return n === 4 || n === 8 || (n >= 12 && n <= 16);
}

/** Checks the arguments and makes the binding's cipher: [handle, mode, authTagLength]. */
function createHandle(cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key',
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
  }
  const keyBytes = getArrayBufferOrView(key, 'key', options?.encoding);
  const ivBytes = iv === null ? new Uint8Array(0) : getArrayBufferOrView(iv, 'iv');
  const info = binding.cipherInfo(cipher);
  if (info === null) throw new ERR_CRYPTO_UNKNOWN_CIPHER();
  const [, mode, keyLength, ivLength] = info;
  if (keyBytes.byteLength !== keyLength) throw new ERR_CRYPTO_INVALID_KEYLEN();
  // GCM takes an IV of any non-zero length; the others exactly their own (ECB none).
  const ivOk = mode === 'gcm' ? ivBytes.byteLength > 0 : ivBytes.byteLength === ivLength;
  if (!ivOk) throw new ERR_CRYPTO_INVALID_IV();
  let authTagLength = 16;
  if (mode === 'gcm' && options?.authTagLength !== undefined) {
    validateInt32(options.authTagLength, 'options.authTagLength');
    if (!isValidGcmTagLength(options.authTagLength)) {
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(options.authTagLength);
    }
    authTagLength = options.authTagLength;
  }
  const handle = binding.cipher(cipher, encrypt, ...abArgs(keyBytes), ...abArgs(ivBytes), authTagLength);
  return { handle, mode, authTagLength, explicitTagLength: options?.authTagLength !== undefined };
}

class CipherBase extends LazyTransform {
  constructor(cipher, key, iv, options, encrypt) {
    const state = createHandle(cipher, key, iv, options, encrypt);
    super(options);
    this[kHandle] = state.handle;
    this[kState] = { ...state, finalized: false, decoder: null, decoderEncoding: undefined };
  }

  /** A Buffer, or a string through a decoder kept across calls (multi-byte characters split). */
  _output(buf, outputEncoding) {
    if (outputEncoding === undefined || outputEncoding === 'buffer' || !Buffer.isEncoding(outputEncoding)) return buf;
    const state = this[kState];
    if (state.decoder === null || state.decoderEncoding !== outputEncoding) {
      state.decoder = new StringDecoder(outputEncoding);
      state.decoderEncoding = outputEncoding;
    }
    return state.decoder.write(buf);
  }

  update(data, inputEncoding, outputEncoding) {
    if (this[kState].finalized) throw genericNodeError('Trying to add data in unsupported state');
    let bytes;
    if (typeof data === 'string') {
      bytes = Buffer.from(data, Buffer.isEncoding(inputEncoding) ? inputEncoding : 'utf8');
    } else if (isArrayBufferView(data)) {
      bytes = toUint8(data);
    } else {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    return this._output(fromBinding(this[kHandle].update(...abArgs(bytes))), outputEncoding);
  }

  final(outputEncoding) {
    const state = this[kState];
    if (state.finalized) throw genericNodeError('Invalid state', { code: 'ERR_CRYPTO_INVALID_STATE' });
    state.finalized = true;
    const r = this[kHandle].doFinal();
    if (typeof r === 'number') throw finalError(r);
    const out = this._output(fromBinding(r), outputEncoding);
    return typeof out === 'string' ? out + state.decoder.end() : out;
  }

  // The JDK fixes padding when the cipher starts: a change after the first update is ignored.
  setAutoPadding(autoPadding = true) {
    if (this[kState].finalized) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    this[kHandle].setAutoPadding(!!autoPadding);
    return this;
  }

  setAAD(aadbuf, options) {
    const bytes = getArrayBufferOrView(aadbuf, 'buffer');
    if (this[kState].finalized || !this[kHandle].setAAD(...abArgs(bytes))) {
      throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    }
    return this;
  }

  _transform(chunk, encoding, callback) {
    this.push(this.update(chunk, encoding));
    callback();
  }

  _flush(callback) {
    try {
      this.push(this.final());
    } catch (err) {
      callback(err);
      return;
    }
    callback();
  }
}

class Cipheriv extends CipherBase {
  constructor(cipher, key, iv, options) {
    super(cipher, key, iv, options, true);
  }

  getAuthTag() {
    const tag = this[kState].finalized ? this[kHandle].getAuthTag() : null;
    if (tag === null) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
    return fromBinding(tag);
  }
}

class Decipheriv extends CipherBase {
  constructor(cipher, key, iv, options) {
    super(cipher, key, iv, options, false);
  }

  setAuthTag(tagbuf, encoding) {
    const tag = getArrayBufferOrView(tagbuf, 'buffer', encoding);
    const state = this[kState];
    if (state.mode !== 'gcm' || state.finalized || state.tagSet) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
    const n = tag.byteLength;
    if (!isValidGcmTagLength(n) || (state.explicitTagLength && n !== state.authTagLength)) {
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(n);
    }
    state.tagSet = true;
    this[kHandle].setAuthTag(...abArgs(tag));
    return this;
  }
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

let ciphers;
function getCiphers() {
  ciphers ??= Array.from(binding.getCiphers());
  return ciphers.slice();
}

module.exports = { Cipheriv, Decipheriv, createCipheriv, createDecipheriv, getCiphers };
