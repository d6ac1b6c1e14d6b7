'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy: a highWaterMark and a size function.

const { codes: { ERR_INVALID_THIS, ERR_MISSING_OPTION } } = require('internal/errors');
const { validateObject } = require('internal/validators');
const { kType, customInspectSymbol, customInspect, isBrandCheck, makeEnumerable } = require('internal/webstreams/util');

const kHighWaterMark = Symbol('kHighWaterMark');

// One size function per class, shared by every instance (the spec requires identity).
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

function readInit(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return Number(init.highWaterMark);
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kHighWaterMark] = readInit(init);
  }

  get highWaterMark() {
    if (!isBrandCheck(this, 'ByteLengthQueuingStrategy')) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kHighWaterMark];
  }

  get size() {
    if (!isBrandCheck(this, 'ByteLengthQueuingStrategy')) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, this[kType], { highWaterMark: this[kHighWaterMark] });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kType] = 'CountQueuingStrategy';
    this[kHighWaterMark] = readInit(init);
  }

  get highWaterMark() {
    if (!isBrandCheck(this, 'CountQueuingStrategy')) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kHighWaterMark];
  }

  get size() {
    if (!isBrandCheck(this, 'CountQueuingStrategy')) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, this[kType], { highWaterMark: this[kHighWaterMark] });
  }
}

makeEnumerable(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);
makeEnumerable(CountQueuingStrategy, ['highWaterMark', 'size']);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
