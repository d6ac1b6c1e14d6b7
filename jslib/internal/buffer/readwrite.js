'use strict';
// The numeric read*/write* methods of Buffer.prototype, with node's range and bounds errors.

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

const f32 = new Float32Array(1);
const f32u8 = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64u8 = new Uint8Array(f64.buffer);
const bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// `last` is byteLength - 1, as in node.
function checkBounds(buf, offset, last) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + last] === undefined) boundsError(offset, buf.length - (last + 1));
}

function checkInt(value, min, max, buf, offset, last) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (last > 3) {
      const bits = (last + 1) * 8;
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, last);
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  boundsError(byteLength, 6, 'byteLength');
}

// --- generic little/big endian helpers for 1..6 bytes ------------------------------

function readUnsigned(buf, offset, n, le) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
  let val = 0;
  let mul = 1;
  if (le) {
    for (let i = 0; i < n; i++, mul *= 256) val += buf[offset + i] * mul;
  } else {
    for (let i = n - 1; i >= 0; i--, mul *= 256) val += buf[offset + i] * mul;
  }
  return val;
}

function readSigned(buf, offset, n, le) {
  const val = readUnsigned(buf, offset, n, le);
  const limit = 2 ** (n * 8 - 1);
  return val >= limit ? val - limit * 2 : val;
}

function writeGeneric(buf, value, offset, n, le, signed) {
  value = +value;
  const bits = n * 8;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  if (n === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, n - 1);
  // Split off the high part so bit operations stay within 32 bits.
  let lo = value % 4294967296;
  let hi = Math.floor(value / 4294967296);
  if (lo < 0) lo += 4294967296;
  for (let i = 0; i < n; i++) {
    const byte = i < 4 ? (lo >>> (8 * i)) & 0xff : (hi >>> (8 * (i - 4))) & 0xff;
    buf[le ? offset + i : offset + n - 1 - i] = byte;
  }
  return offset + n;
}

// --- floats ------------------------------------------------------------------------

function readFloat(buf, offset, le, n, scratch, view) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) boundsError(offset, buf.length - n);
  const swap = le === bigEndian;
  for (let i = 0; i < n; i++) scratch[swap ? n - 1 - i : i] = buf[offset + i];
  return view[0];
}

function writeFloat(buf, value, offset, le, n, scratch, view) {
  value = +value;
  checkBounds(buf, offset, n - 1);
  view[0] = value;
  const swap = le === bigEndian;
  for (let i = 0; i < n; i++) buf[offset + i] = scratch[swap ? n - 1 - i : i];
  return offset + n;
}

// --- bigint ------------------------------------------------------------------------

function readBig(buf, offset, le, signed) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  let hi;
  let lo;
  if (le) {
    lo = buf[offset] + buf[offset + 1] * 2 ** 8 + buf[offset + 2] * 2 ** 16 + buf[offset + 3] * 2 ** 24;
    hi = buf[offset + 4] + buf[offset + 5] * 2 ** 8 + buf[offset + 6] * 2 ** 16 + buf[offset + 7] * 2 ** 24;
  } else {
    hi = buf[offset] * 2 ** 24 + buf[offset + 1] * 2 ** 16 + buf[offset + 2] * 2 ** 8 + buf[offset + 3];
    lo = buf[offset + 4] * 2 ** 24 + buf[offset + 5] * 2 ** 16 + buf[offset + 6] * 2 ** 8 + buf[offset + 7];
  }
  if (signed && hi >= 2 ** 31) hi -= 2 ** 32;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig(buf, value, offset, le, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number((value >> 32n) & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[le ? offset + i : offset + 7 - i] = lo & 0xff;
    lo >>>= 8;
  }
  for (let i = 4; i < 8; i++) {
    buf[le ? offset + i : offset + 7 - i] = hi & 0xff;
    hi >>>= 8;
  }
  return offset + 8;
}

// --- installing the methods ----------------------------------------------------------

function install(proto) {
  const m = {
    readUInt8(offset = 0) {
      validateNumber(offset, 'offset');
      const val = this[offset];
      if (val === undefined) boundsError(offset, this.length - 1);
      return val;
    },
    readInt8(offset = 0) {
      validateNumber(offset, 'offset');
      const val = this[offset];
      if (val === undefined) boundsError(offset, this.length - 1);
      return val | (val & 2 ** 7) * 0x1fffffe;
    },
    readUInt16LE(offset = 0) {
      validateNumber(offset, 'offset');
      const a = this[offset];
      const b = this[offset + 1];
      if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
      return a + b * 256;
    },
    readUInt16BE(offset = 0) {
      validateNumber(offset, 'offset');
      const a = this[offset];
      const b = this[offset + 1];
      if (a === undefined || b === undefined) boundsError(offset, this.length - 2);
      return a * 256 + b;
    },
    readInt16LE(offset = 0) { const v = this.readUInt16LE(offset); return v | (v & 2 ** 15) * 0x1fffe; },
    readInt16BE(offset = 0) { const v = this.readUInt16BE(offset); return v | (v & 2 ** 15) * 0x1fffe; },
    readUInt32LE(offset = 0) {
      validateNumber(offset, 'offset');
      const a = this[offset];
      const d = this[offset + 3];
      if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
      return a + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + d * 2 ** 24;
    },
    readUInt32BE(offset = 0) {
      validateNumber(offset, 'offset');
      const a = this[offset];
      const d = this[offset + 3];
      if (a === undefined || d === undefined) boundsError(offset, this.length - 4);
      return a * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + d;
    },
    readInt32LE(offset = 0) { return this.readUInt32LE(offset) | 0; },
    readInt32BE(offset = 0) { return this.readUInt32BE(offset) | 0; },
    readUIntLE(offset, byteLength) {
      if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) {
        return readUnsigned(this, offset, byteLength, true);
      }
      checkByteLength(byteLength);
    },
    readUIntBE(offset, byteLength) {
      if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) {
        return readUnsigned(this, offset, byteLength, false);
      }
      checkByteLength(byteLength);
    },
    readIntLE(offset, byteLength) {
      if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) {
        return readSigned(this, offset, byteLength, true);
      }
      checkByteLength(byteLength);
    },
    readIntBE(offset, byteLength) {
      if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) {
        return readSigned(this, offset, byteLength, false);
      }
      checkByteLength(byteLength);
    },
    readFloatLE(offset = 0) { return readFloat(this, offset, true, 4, f32u8, f32); },
    readFloatBE(offset = 0) { return readFloat(this, offset, false, 4, f32u8, f32); },
    readDoubleLE(offset = 0) { return readFloat(this, offset, true, 8, f64u8, f64); },
    readDoubleBE(offset = 0) { return readFloat(this, offset, false, 8, f64u8, f64); },
    readBigUInt64LE(offset = 0) { return readBig(this, offset, true, false); },
    readBigUInt64BE(offset = 0) { return readBig(this, offset, false, false); },
    readBigInt64LE(offset = 0) { return readBig(this, offset, true, true); },
    readBigInt64BE(offset = 0) { return readBig(this, offset, false, true); },

    writeUInt8(value, offset = 0) { return writeGeneric(this, value, offset, 1, true, false); },
    writeInt8(value, offset = 0) { return writeGeneric(this, value, offset, 1, true, true); },
    writeUInt16LE(value, offset = 0) { return writeGeneric(this, value, offset, 2, true, false); },
    writeUInt16BE(value, offset = 0) { return writeGeneric(this, value, offset, 2, false, false); },
    writeInt16LE(value, offset = 0) { return writeGeneric(this, value, offset, 2, true, true); },
    writeInt16BE(value, offset = 0) { return writeGeneric(this, value, offset, 2, false, true); },
    writeUInt32LE(value, offset = 0) { return writeGeneric(this, value, offset, 4, true, false); },
    writeUInt32BE(value, offset = 0) { return writeGeneric(this, value, offset, 4, false, false); },
    writeInt32LE(value, offset = 0) { return writeGeneric(this, value, offset, 4, true, true); },
    writeInt32BE(value, offset = 0) { return writeGeneric(this, value, offset, 4, false, true); },
    writeUIntLE(value, offset, byteLength) {
      if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) {
        return writeGeneric(this, value, offset, byteLength, true, false);
      }
      checkByteLength(byteLength);
    },
    writeUIntBE(value, offset, byteLength) {
      if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) {
        return writeGeneric(this, value, offset, byteLength, false, false);
      }
      checkByteLength(byteLength);
    },
    writeIntLE(value, offset, byteLength) {
      if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) {
        return writeGeneric(this, value, offset, byteLength, true, true);
      }
      checkByteLength(byteLength);
    },
    writeIntBE(value, offset, byteLength) {
      if (byteLength >= 1 && byteLength <= 6 && byteLength === Math.floor(byteLength)) {
        return writeGeneric(this, value, offset, byteLength, false, true);
      }
      checkByteLength(byteLength);
    },
    writeFloatLE(value, offset = 0) { return writeFloat(this, value, offset, true, 4, f32u8, f32); },
    writeFloatBE(value, offset = 0) { return writeFloat(this, value, offset, false, 4, f32u8, f32); },
    writeDoubleLE(value, offset = 0) { return writeFloat(this, value, offset, true, 8, f64u8, f64); },
    writeDoubleBE(value, offset = 0) { return writeFloat(this, value, offset, false, 8, f64u8, f64); },
    writeBigUInt64LE(value, offset = 0) { return writeBig(this, value, offset, true, 0n, 0xffffffffffffffffn); },
    writeBigUInt64BE(value, offset = 0) { return writeBig(this, value, offset, false, 0n, 0xffffffffffffffffn); },
    writeBigInt64LE(value, offset = 0) {
      return writeBig(this, value, offset, true, -(2n ** 63n), 2n ** 63n - 1n);
    },
    writeBigInt64BE(value, offset = 0) {
      return writeBig(this, value, offset, false, -(2n ** 63n), 2n ** 63n - 1n);
    },
  };
  for (const name of Object.keys(m)) {
    Object.defineProperty(proto, name, { value: m[name], writable: true, configurable: true, enumerable: true });
    // readUInt8 -> readUint8, readBigUInt64LE -> readBigUint64LE
    if (name.includes('UInt')) {
      Object.defineProperty(proto, name.replace('UInt', 'Uint'),
                            { value: m[name], writable: true, configurable: true, enumerable: true });
    }
  }
}

module.exports = { install, boundsError, checkBounds };
