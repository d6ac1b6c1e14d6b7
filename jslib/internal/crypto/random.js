'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID and getRandomValues over the JDK's
// SecureRandom. Callback forms get their bytes from the worker pool.

const { kMaxLength } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  validateFunction, validateNumber, validateObject, validateBoolean,
} = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');
const { fromBinding } = require('internal/crypto/util');

const binding = internalBinding('crypto');
const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(kMaxLength, kMaxInt32);

function assertSize(size) {
  validateNumber(size, 'size', 0, kMaxPossibleLength);
}

function randomBytes(size, callback) {
  assertSize(size);
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    binding.randomBytesAsync(Math.trunc(size), (bb) => callback(null, fromBinding(bb)));
    return;
  }
  return fromBinding(binding.randomBytes(Math.trunc(size)));
}

/** The byte range of `buf` that randomFill writes: [view, byteOffset, byteLength]. */
function fillRange(buf, offset, size) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const bytes = isAnyArrayBuffer(buf) ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  // Offsets and sizes count elements of a typed array, as in node.
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const length = bytes.byteLength / elementSize;
  validateNumber(offset, 'offset', 0, length);
  if (size === undefined) size = length - offset;
  validateNumber(size, 'size', 0, kMaxPossibleLength);
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return bytes.subarray(offset * elementSize, (offset + size) * elementSize);
}

function randomFillSync(buf, offset = 0, size) {
  const target = fillRange(buf, offset, size);
  if (target.byteLength > 0) target.set(new Uint8Array(new ArrayBuffer(binding.randomBytes(target.byteLength))));
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  const target = fillRange(buf, offset, size);
  validateFunction(callback, 'callback');
  binding.randomBytesAsync(target.byteLength, (bb) => {
    // Written on the loop thread: the worker never touches JS memory.
    target.set(new Uint8Array(new ArrayBuffer(bb)));
    callback(null, buf);
  });
}

// randomInt draws 48-bit values, rejecting the top sliver so every result is equally likely.
const kRandomIntRange = 2 ** 48;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRandomIntRange - 1)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${kRandomIntRange - 1}`, range);
  }
  const limit = kRandomIntRange - (kRandomIntRange % range);
  const draw = () => {
    for (;;) {
      const x = fromBinding(binding.randomBytes(6)).readUIntBE(0, 6);
      if (x < limit) return min + (x % range);
    }
  };
  if (isSync) return draw();
  process.nextTick(() => callback(null, draw()));
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  if (options?.disableEntropyCache !== undefined) {
    validateBoolean(options.disableEntropyCache, 'options.disableEntropyCache');
  }
  const b = fromBinding(binding.randomBytes(16));
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

module.exports = { randomBytes, randomFill, randomFillSync, randomInt, randomUUID };
