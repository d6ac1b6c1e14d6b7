'use strict';
// CompressionStream and DecompressionStream: zlib streams seen through the web adapters.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } } = require('internal/errors');
const { kState, kType, customInspectSymbol, customInspect, isBrandCheck, makeEnumerable } = require('internal/webstreams/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

let zlib;
function createZlib(format, compress) {
  zlib ??= require('zlib');
  switch (format) {
    case 'deflate': return compress ? zlib.createDeflate() : zlib.createInflate();
    case 'deflate-raw': return compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
    case 'gzip': return compress ? zlib.createGzip() : zlib.createGunzip();
    default: throw new ERR_INVALID_ARG_VALUE('format', format);
  }
}

class CompressionStream {
  constructor(format) {
    this[kType] = 'CompressionStream';
    this[kState] = newReadableWritablePairFromDuplex(createZlib(format, true));
  }

  get readable() {
    if (!isBrandCheck(this, 'CompressionStream')) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isBrandCheck(this, 'CompressionStream')) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'CompressionStream', { ...this[kState] });
  }
}

class DecompressionStream {
  constructor(format) {
    this[kType] = 'DecompressionStream';
    this[kState] = newReadableWritablePairFromDuplex(createZlib(format, false));
  }

  get readable() {
    if (!isBrandCheck(this, 'DecompressionStream')) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isBrandCheck(this, 'DecompressionStream')) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kState].writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'DecompressionStream', { ...this[kState] });
  }
}

makeEnumerable(CompressionStream, ['readable', 'writable']);
makeEnumerable(DecompressionStream, ['readable', 'writable']);

module.exports = { CompressionStream, DecompressionStream };
