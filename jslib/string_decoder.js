'use strict';
// StringDecoder: decodes a byte stream chunk by chunk, holding back the bytes of a character
// (utf8 sequence, utf16 unit or surrogate pair, base64 triple) split across chunks.
// State lives in a small byte array like node's native decoder, so lastChar/lastNeed/lastTotal
// read the same.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { normalizeEncoding, getEncodingOps, checkStringLength } = require('internal/buffer/encodings');

const kState = Symbol('kState');
// state layout: bytes 0..3 hold the incomplete character, then missing and buffered counts.
const kMissing = 4;
const kBuffered = 5;

function decode(bytes, start, end, encoding) {
  if (end <= start) return '';
  const ops = getEncodingOps(encoding);
  checkStringLength(ops, end - start);
  return ops.slice(bytes, start, end);
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// A plain constructor function, as node's is: old-style subclasses call StringDecoder.call(this).
function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = enc;
  this[kState] = Buffer.alloc(6);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  const state = this[kState];
  if (state === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  const enc = this.encoding;
  const data = toBytes(buf);
  if (enc !== 'utf8' && enc !== 'utf16le' && enc !== 'base64' && enc !== 'base64url') {
    return decode(data, 0, data.length, enc);
  }
  let pos = 0;
  let nread = data.length;
  let prepend = '';
  if (state[kMissing] > 0) {
    if (enc === 'utf8') {
      // A byte that should continue the held character but does not ends it here: the held
      // bytes become U+FFFD and the byte starts a new character.
      const limit = Math.min(nread, state[kMissing]);
      for (let i = 0; i < limit; i++) {
        if ((data[i] & 0xc0) !== 0x80) {
          state[kMissing] = 0;
          state.set(data.subarray(0, i), state[kBuffered]);
          state[kBuffered] += i;
          pos += i;
          nread -= i;
          break;
        }
      }
    }
    const found = Math.min(nread, state[kMissing]);
    state.set(data.subarray(pos, pos + found), state[kBuffered]);
    pos += found;
    nread -= found;
    state[kMissing] -= found;
    state[kBuffered] += found;
    if (state[kMissing] === 0) {
      prepend = decode(state, 0, state[kBuffered], enc);
      state[kBuffered] = 0;
    }
  }
  if (nread === 0) return prepend;

  const end = pos + nread;
  if (enc === 'utf8') {
    if (data[end - 1] & 0x80) holdUtf8Tail(state, data, pos, end);
  } else if (enc === 'utf16le') {
    if (nread % 2 === 1) {
      state[kBuffered] = 1;
      state[kMissing] = 1;
    } else if ((data[end - 1] & 0xfc) === 0xd8) {
      // The last unit is a high surrogate: wait for its pair.
      state[kBuffered] = 2;
      state[kMissing] = 2;
    }
  } else {
    state[kBuffered] = nread % 3;
    if (state[kBuffered] > 0) state[kMissing] = 3 - state[kBuffered];
  }
  let bodyEnd = end;
  if (state[kBuffered] > 0) {
    bodyEnd = end - state[kBuffered];
    state.set(data.subarray(bodyEnd, end), 0);
  }
  return prepend + decode(data, pos, bodyEnd, enc);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const state = this[kState];
  if (state[kBuffered] > 0) ret += flush(state, this.encoding);
  return ret;
};

/** Legacy: decode `buf` from `offset`, dropping any held bytes. */
StringDecoder.prototype.text = function text(buf, offset) {
  this[kState][kMissing] = 0;
  this[kState][kBuffered] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: { get() { return this[kState].subarray(0, 4); }, enumerable: true, configurable: true },
  lastNeed: { get() { return this[kState][kMissing]; }, enumerable: true, configurable: true },
  lastTotal: {
    get() { return this[kState][kBuffered] + this[kState][kMissing]; }, enumerable: true, configurable: true,
  },
});


// Finds an incomplete UTF-8 sequence at the end of data[start, end) and records it as held.
function holdUtf8Tail(state, data, start, end) {
  let buffered = 0;
  for (let i = end - 1; ; i--) {
    buffered++;
    const b = data[i];
    if ((b & 0xc0) === 0x80) {
      // A continuation byte: keep looking for the lead, but not past 4 bytes or the chunk start.
      if (buffered >= 4 || i === start) {
        buffered = 0;
        break;
      }
      continue;
    }
    let total;
    if ((b & 0xe0) === 0xc0) total = 2;
    else if ((b & 0xf0) === 0xe0) total = 3;
    else if ((b & 0xf8) === 0xf0) total = 4;
    else {
      buffered = 0;
      break;
    }
    // Complete (or over-long, hence invalid anyway): nothing to hold.
    if (buffered >= total) {
      buffered = 0;
      total = 0;
    }
    state[kMissing] = total - buffered;
    break;
  }
  state[kBuffered] = buffered;
  if (buffered === 0) state[kMissing] = 0;
}

function flush(state, enc) {
  let ret;
  if (enc === 'utf8') {
    ret = '\ufffd';
  } else {
    if (enc === 'utf16le' && state[kBuffered] % 2 === 1) {
      // A lone trailing byte is dropped.
      state[kMissing]--;
      state[kBuffered]--;
    }
    ret = state[kBuffered] === 0 ? '' : decode(state, 0, state[kBuffered], enc);
  }
  state[kMissing] = 0;
  state[kBuffered] = 0;
  return ret;
}

module.exports = { StringDecoder };
