'use strict';
// Byte arguments of the crypto functions: what they accept, and how they cross to the binding.

const { Buffer } = require('buffer');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

/** A Uint8Array over a string (in `encoding`), ArrayBuffer or view; anything else is a TypeError. */
function getArrayBufferOrView(value, name, encoding) {
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (typeof value === 'string') {
    return Buffer.from(value, encoding === undefined || encoding === 'buffer' ? 'utf8' : encoding);
  }
  if (!isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  }
  return toUint8(value);
}

/** The bytes of a view, without copying. */
function toUint8(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** The binding's view of bytes: (ArrayBuffer, offset, length). */
function abArgs(view) {
  return [view.buffer, view.byteOffset, view.byteLength];
}

/** A Buffer over a direct ByteBuffer the binding returned (zero-copy). */
function fromBinding(bb) {
  return Buffer.from(new ArrayBuffer(bb));
}

/** Encodes a Buffer result: a string for a known encoding, else the Buffer itself. */
function encodeOutput(buf, encoding) {
  return encoding !== undefined && encoding !== 'buffer' && Buffer.isEncoding(encoding) ?
    buf.toString(encoding) : buf;
}

module.exports = { getArrayBufferOrView, toUint8, abArgs, fromBinding, encodeOutput };
