'use strict';
// The zlib module over java.util.zip (the binding's Deflater/Inflater, with gzip framing):
// stream classes, the *Sync functions and their callback forms. Brotli is not available.

const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const constants = require('internal/zlib/constants');
const { ZlibBase, codes } = require('internal/zlib/stream');

const { DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP } = constants;

/** A stream class for one mode; callable without `new`, as node's are. */
function defineClass(name, mode) {
  const cls = {
    [name]: function(opts) {
      if (!(this instanceof cls)) return new cls(opts);
      ZlibBase.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(cls.prototype, ZlibBase.prototype);
  Object.setPrototypeOf(cls, ZlibBase);
  return cls;
}

const Deflate = defineClass('Deflate', DEFLATE);
const Inflate = defineClass('Inflate', INFLATE);
const Gzip = defineClass('Gzip', GZIP);
const Gunzip = defineClass('Gunzip', GUNZIP);
const DeflateRaw = defineClass('DeflateRaw', DEFLATERAW);
const InflateRaw = defineClass('InflateRaw', INFLATERAW);
const Unzip = defineClass('Unzip', UNZIP);

/** The input of a convenience function as bytes. */
function inputBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
  }
  return buffer;
}

function syncFunction(Cls) {
  return function(buffer, opts) {
    buffer = inputBuffer(buffer);
    const engine = new Cls(opts);
    const out = engine._processSync(buffer);
    return engine._info ? { buffer: out, engine } : out;
  };
}

function asyncFunction(Cls) {
  return function(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    buffer = inputBuffer(buffer);
    validateFunction(callback, 'callback');
    const engine = new Cls(opts);
    const chunks = [];
    engine.on('data', (chunk) => chunks.push(chunk));
    engine.on('error', (err) => {
      engine.removeAllListeners('end');
      callback(err);
    });
    engine.on('end', () => {
      const out = Buffer.concat(chunks);
      engine.close();
      callback(null, engine._info ? { buffer: out, engine } : out);
    });
    engine.end(buffer);
  };
}

// No Brotli codec is in the JDK or on Maven Central in pure Java (encoder and decoder).
function brotliUnavailable(name) {
  return { [name]() { throw new ERR_METHOD_NOT_IMPLEMENTED(name); } }[name];
}

module.exports = {
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress: brotliUnavailable('BrotliCompress'),
  BrotliDecompress: brotliUnavailable('BrotliDecompress'),

  deflate: asyncFunction(Deflate),
  deflateSync: syncFunction(Deflate),
  gzip: asyncFunction(Gzip),
  gzipSync: syncFunction(Gzip),
  deflateRaw: asyncFunction(DeflateRaw),
  deflateRawSync: syncFunction(DeflateRaw),
  unzip: asyncFunction(Unzip),
  unzipSync: syncFunction(Unzip),
  inflate: asyncFunction(Inflate),
  inflateSync: syncFunction(Inflate),
  gunzip: asyncFunction(Gunzip),
  gunzipSync: syncFunction(Gunzip),
  inflateRaw: asyncFunction(InflateRaw),
  inflateRawSync: syncFunction(InflateRaw),
  brotliCompress: brotliUnavailable('brotliCompress'),
  brotliCompressSync: brotliUnavailable('brotliCompressSync'),
  brotliDecompress: brotliUnavailable('brotliDecompress'),
  brotliDecompressSync: brotliUnavailable('brotliDecompressSync'),

  createDeflate: (o) => new Deflate(o),
  createInflate: (o) => new Inflate(o),
  createDeflateRaw: (o) => new DeflateRaw(o),
  createInflateRaw: (o) => new InflateRaw(o),
  createGzip: (o) => new Gzip(o),
  createGunzip: (o) => new Gunzip(o),
  createUnzip: (o) => new Unzip(o),
  createBrotliCompress: brotliUnavailable('createBrotliCompress'),
  createBrotliDecompress: brotliUnavailable('createBrotliDecompress'),

  constants,
  codes,
};

// The legacy top-level constants (zlib.Z_OK, ...), read-only and out of Object.keys as in node.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, { value: constants[key], enumerable: false, writable: false });
}
