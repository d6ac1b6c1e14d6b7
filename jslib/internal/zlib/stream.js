'use strict';
// ZlibBase: the Transform stream every zlib class is, over one binding handle. Writes run on the
// worker pool; the end of input is written with the finish flush; errors destroy the stream.

const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const eos = require('internal/streams/end-of-stream');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { validateNumber } = require('internal/validators');
const {
  zlibError,
  codes: { ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const constants = require('internal/zlib/constants');

const binding = internalBinding('zlib');
const {
  Z_NO_FLUSH, Z_BLOCK, Z_FINISH, Z_FULL_FLUSH, Z_SYNC_FLUSH, Z_NEED_DICT, Z_BUF_ERROR,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY, Z_FIXED, GZIP, INFLATE, GUNZIP, UNZIP,
} = constants;

// zlib.codes: each return code's name and number, both ways.
const codes = {};
for (const name of ['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR', 'Z_DATA_ERROR',
                    'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']) {
  codes[name] = constants[name];
  codes[constants[name]] = name;
}
Object.freeze(codes);

const kFlushFlag = Symbol('kFlushFlag');

/** A finite number option, or undefined when it is absent or NaN (node's checkFiniteNumber). */
function finiteOrUndefined(value, name) {
  if (value === undefined || Number.isNaN(value)) return undefined;
  validateNumber(value, name);
  if (!Number.isFinite(value)) throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
  return value;
}

/** An option within [lower, upper], or its default (node's checkRangesOrGetDefault). */
function rangeOrDefault(value, name, lower, upper, def) {
  value = finiteOrUndefined(value, name);
  if (value === undefined) return def;
  if (value < lower || value > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  return value;
}

/** The failure of a write, as node reports it: zlib's message (or node's), errno and code. */
function codeError(handle, errno, hasDictionary) {
  let message = handle.message();
  if (message === null) {
    if (errno === Z_NEED_DICT) message = hasDictionary ? 'Bad dictionary' : 'Missing dictionary';
    else if (errno === Z_BUF_ERROR) message = 'unexpected end of file';
    else message = 'zlib binding closed';
  }
  return zlibError(message, errno, codes[errno]);
}

/** A stream for `mode`, its options checked as node checks them. */
function ZlibBase(opts, mode) {
  if (opts === null || typeof opts !== 'object') opts = {};
  let chunkSize = finiteOrUndefined(opts.chunkSize, 'options.chunkSize');
  if (chunkSize === undefined) chunkSize = Z_DEFAULT_CHUNK;
  else if (chunkSize < Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
  const flush = rangeOrDefault(opts.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK, Z_NO_FLUSH);
  const finishFlush = rangeOrDefault(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH, Z_BLOCK, Z_FINISH);
  const maxOutputLength = rangeOrDefault(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);

  // A window of 0 means "as the header says", which only decompression with a header can use.
  if (!((opts.windowBits == null || opts.windowBits === 0) && (mode === INFLATE || mode === GUNZIP || mode === UNZIP))) {
    // zlib's gzip writer refuses a 256-byte window.
    rangeOrDefault(opts.windowBits, 'options.windowBits', mode === GZIP ? 9 : Z_MIN_WINDOWBITS,
      Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
  }
  const level = rangeOrDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
  rangeOrDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
  const strategy = rangeOrDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
  let dictionary = opts.dictionary;
  if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
    if (!isAnyArrayBuffer(dictionary)) {
      throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
    }
    dictionary = new Uint8Array(dictionary);
  }

  Transform.call(this, { autoDestroy: true, ...opts });
  this.bytesWritten = 0;
  this._handle = dictionary === undefined ?
    binding.create(mode, level, strategy, null, 0, 0) :
    binding.create(mode, level, strategy, dictionary.buffer, dictionary.byteOffset, dictionary.byteLength);
  this._hasDictionary = dictionary !== undefined;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = Z_FULL_FLUSH;
  this._info = opts.info;
  this._maxOutputLength = maxOutputLength;
  this._outputLength = 0;
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  }
};

ZlibBase.prototype.params = function(level, strategy, callback) {
  level = rangeOrDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
  strategy = rangeOrDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
  if (this._level === level && this._strategy === strategy) {
    if (callback) process.nextTick(callback);
    return;
  }
  // What was written so far is compressed with the old settings.
  this.flush(Z_SYNC_FLUSH, () => {
    if (this._handle) this._handle.params(level, strategy);
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  });
};

ZlibBase.prototype.reset = function() {
  this._handle.reset();
};

ZlibBase.prototype.close = function(callback) {
  if (callback) eos(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, callback) {
  this._process(chunk, chunk[kFlushFlag] ?? this._defaultFlushFlag, callback);
};

ZlibBase.prototype._flush = function(callback) {
  this._process(Buffer.alloc(0), this._finishFlushFlag, callback);
};

ZlibBase.prototype._process = function(chunk, flush, callback) {
  const handle = this._handle;
  if (!handle) {
    callback();
    return;
  }
  binding.writeAsync(handle, flush, chunk.buffer, chunk.byteOffset, chunk.byteLength, (r) => {
    if (this.destroyed) {
      callback();
      return;
    }
    if (typeof r === 'number') {
      callback(codeError(handle, r, this._hasDictionary));
      return;
    }
    this.bytesWritten += chunk.byteLength;
    const out = Buffer.from(new ArrayBuffer(r));
    this._outputLength += out.length;
    if (this._outputLength > this._maxOutputLength) {
      callback(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
      return;
    }
    for (let i = 0; i < out.length; i += this._chunkSize) this.push(out.subarray(i, i + this._chunkSize));
    callback();
  });
};

/** All of `buffer` through `engine` at once, on this thread (the *Sync functions). */
ZlibBase.prototype._processSync = function(buffer) {
  const handle = this._handle;
  const r = binding.write(handle, this._finishFlushFlag, buffer.buffer, buffer.byteOffset, buffer.byteLength);
  try {
    if (typeof r === 'number') throw codeError(handle, r, this._hasDictionary);
    const out = Buffer.from(new ArrayBuffer(r));
    if (out.length > this._maxOutputLength) throw new ERR_BUFFER_TOO_LARGE(this._maxOutputLength);
    this.bytesWritten = buffer.byteLength;
    return out;
  } finally {
    this.close();
  }
};

module.exports = { ZlibBase, codes };
