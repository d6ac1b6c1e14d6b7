'use strict';
// Byte <-> string conversions for every Buffer encoding. Each encoding is an `ops` record
// { encoding, encodingVal, byteLength(str), write(buf, str, offset, len), slice(buf, start, end),
// encode(str) }. Big inputs go to Java: internalBinding('buffer') for base64, hex and latin1 (writes
// a slice at a time into the Buffer allocated here), and GraalJS's own TextEncoder/TextDecoder for
// utf8 (measured faster than the binding there).

const hasTextCodec = typeof TextDecoder === 'function' && typeof TextEncoder === 'function';
const utf8Decoder = hasTextCodec ? new TextDecoder('utf-8', { ignoreBOM: true }) : null;
const utf8Encoder = hasTextCodec ? new TextEncoder() : null;
const fatalDecoder = hasTextCodec ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : null;

const CHUNK = 0x2000; // argument count for String.fromCharCode.apply

// Below this many bytes a JS loop beats the native codec call overhead.
const SMALL = 24;

const codec = internalBinding('buffer');
// From this many bytes (or chars) up Java converts: measured faster than JS and the call together.
const JAVA_MIN = 4096;

// utf8's encode op: TextEncoder sizes the result itself, so no utf8ByteLength pass first.
function utf8EncodeBig(str) {
  return str.length < JAVA_MIN || utf8Encoder === null ? undefined : utf8Encoder.encode(str);
}

// A big write goes to Java a slice at a time: each call leaves one slice's bytes in the binding's
// scratch memory, and they are copied from there into buf. (Fresh memory for a whole result cost
// more in page faults than the conversion: a direct buffer's memory is freed only after a GC.)
// `charsPerSlice` is how many chars fill the scratch. Returns the count of bytes written, or -1
// when writeSlice gives up on the string (base64 that needs the lenient decoder).
let scratch = null; // wrapped on first use
function javaWrite(writeSlice, charsPerSlice, buf, str, offset, length) {
  scratch ??= new Uint8Array(new ArrayBuffer(codec.scratch()));
  const slice = charsPerSlice(scratch.length);
  let p = 0;
  for (let i = 0; i < str.length && p < length; i += slice) {
    const n = writeSlice(str, i, Math.min(str.length, i + slice));
    if (n < 0) return -1;
    const k = Math.min(n, length - p);
    buf.set(k === scratch.length ? scratch : scratch.subarray(0, k), offset + p);
    p += k;
    if (n < scratch.length) break; // the string ended, or so did its data (a bad hex pair)
  }
  return p;
}
const latin1Slices = (str, from, to) => codec.latin1WriteSlice(str, from, to);
const hexSlices = (str, from, to) => codec.hexWriteSlice(str, from, to);
const base64Slices = (str, from, to) => codec.base64WriteSlice(str, from, to);

// --- utf8 --------------------------------------------------------------------

function utf8ByteLength(str) {
  const len = str.length;
  let n = len;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { n += 1; continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { i++; n += 2; continue; } // 2 UTF-16 units -> 4 bytes
    }
    n += 2;
  }
  return n;
}

// Writes whole characters only; lone surrogates become EF BF BD (as V8's WriteUtf8 does).
function utf8WriteJs(buf, str, offset, length) {
  const end = offset + length;
  let p = offset;
  const n = str.length;
  for (let i = 0; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
    } else if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < n) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          if (p + 4 > end) break;
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          buf[p++] = 0xf0 | (c >> 18);
          buf[p++] = 0x80 | ((c >> 12) & 0x3f);
          buf[p++] = 0x80 | ((c >> 6) & 0x3f);
          buf[p++] = 0x80 | (c & 0x3f);
          i++;
          continue;
        }
      }
      if (p + 3 > end) break;
      buf[p++] = 0xef; buf[p++] = 0xbf; buf[p++] = 0xbd;
    } else {
      if (p + 3 > end) break;
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
  }
  return p - offset;
}

function utf8Write(buf, str, offset, length) {
  if (length <= 0) return 0;
  if (utf8Encoder === null || str.length < SMALL) return utf8WriteJs(buf, str, offset, length);
  const target = (offset === 0 && length === buf.length) ? buf : buf.subarray(offset, offset + length);
  return utf8Encoder.encodeInto(str, target).written;
}

// WHATWG UTF-8 decoder (the one V8 uses): maximal subparts of bad sequences become U+FFFD.
function utf8SliceJs(buf, start, end) {
  let out = '';
  let codes = [];
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b < 0x80) { codes.push(b); i++; } else {
      let need = 0;
      let cp = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; } else if (b >= 0xe0 && b <= 0xef) {
        need = 2; cp = b & 0xf;
        if (b === 0xe0) lower = 0xa0; else if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3; cp = b & 0x7;
        if (b === 0xf0) lower = 0x90; else if (b === 0xf4) upper = 0x8f;
      } else { codes.push(0xfffd); i++; continue; }
      let j = i + 1;
      let ok = true;
      for (let k = 0; k < need; k++, j++) {
        const c = j < end ? buf[j] : -1;
        if (c < lower || c > upper) { ok = false; break; }
        lower = 0x80; upper = 0xbf;
        cp = (cp << 6) | (c & 0x3f);
      }
      if (!ok) { codes.push(0xfffd); i = j; continue; }
      i = j;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        codes.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else {
        codes.push(cp);
      }
    }
    if (codes.length >= CHUNK) { out += String.fromCharCode.apply(null, codes); codes = []; }
  }
  return out + String.fromCharCode.apply(null, codes);
}

function utf8Slice(buf, start, end) {
  if (end - start < SMALL || utf8Decoder === null) return utf8SliceJs(buf, start, end);
  return utf8Decoder.decode(buf.subarray(start, end));
}

function isUtf8(bytes) {
  if (fatalDecoder !== null) {
    try { fatalDecoder.decode(bytes); return true; } catch { return false; }
  }
  // Re-encoding the decoded text gives back the input exactly when it was valid.
  const back = utf8Encode(utf8SliceJs(bytes, 0, bytes.length));
  if (back.length !== bytes.length) return false;
  for (let i = 0; i < back.length; i++) if (back[i] !== bytes[i]) return false;
  return true;
}

function utf8Encode(str) {
  if (utf8Encoder !== null) return utf8Encoder.encode(str);
  const out = new Uint8Array(utf8ByteLength(str));
  utf8WriteJs(out, str, 0, out.length);
  return out;
}

// --- single-byte encodings ---------------------------------------------------------

function latin1Slice(buf, start, end) {
  if (end - start >= JAVA_MIN) return codec.latin1Slice(buf.buffer, buf.byteOffset + start, end - start);
  if (end - start <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(start, end));
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(i + CHUNK, end)));
  }
  return out;
}

function asciiSlice(buf, start, end) {
  if (end - start >= JAVA_MIN) return codec.asciiSlice(buf.buffer, buf.byteOffset + start, end - start);
  for (let i = start; i < end; i++) {
    if (buf[i] > 0x7f) {
      // Node clears the high bit of every byte, of a copy (Buffer's slice would share the memory).
      const copy = Uint8Array.prototype.slice.call(buf, start, end);
      for (let j = i - start; j < copy.length; j++) copy[j] &= 0x7f;
      return latin1Slice(copy, 0, copy.length);
    }
  }
  return latin1Slice(buf, start, end);
}

function latin1Write(buf, str, offset, length) {
  if (str.length >= JAVA_MIN) return javaWrite(latin1Slices, (bytes) => bytes, buf, str, offset, length);
  const n = Math.min(str.length, length);
  for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i);
  return n;
}

// --- utf16le -----------------------------------------------------------------------

function ucs2Slice(buf, start, end) {
  const units = (end - start) >>> 1;
  let out = '';
  if (((buf.byteOffset + start) & 1) === 0 && littleEndian) {
    const u16 = new Uint16Array(buf.buffer, buf.byteOffset + start, units);
    for (let i = 0; i < units; i += CHUNK) {
      out += String.fromCharCode.apply(null, u16.subarray(i, Math.min(i + CHUNK, units)));
    }
    return out;
  }
  let codes = [];
  for (let i = 0; i < units; i++) {
    codes.push(buf[start + 2 * i] | (buf[start + 2 * i + 1] << 8));
    if (codes.length >= CHUNK) { out += String.fromCharCode.apply(null, codes); codes = []; }
  }
  return out + String.fromCharCode.apply(null, codes);
}

function ucs2Write(buf, str, offset, length) {
  const n = Math.min(str.length, length >>> 1);
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    buf[offset + 2 * i] = c;
    buf[offset + 2 * i + 1] = c >>> 8;
  }
  return n * 2;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// --- hex ---------------------------------------------------------------------------


const hexCodes = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

function hexSlice(buf, start, end) {
  if (end - start >= JAVA_MIN) return codec.hexSlice(buf.buffer, buf.byteOffset + start, end - start);
  const out = new Uint8Array((end - start) * 2);
  let o = 0;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    out[o++] = hexCodes[b >>> 4];
    out[o++] = hexCodes[b & 15];
  }
  return latin1Slice(out, 0, out.length);
}

function unhex(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

// Stops at the first pair that is not two hex digits; like node, reads each char's low byte.
function hexWrite(buf, str, offset, length) {
  if (str.length >= JAVA_MIN) return javaWrite(hexSlices, (bytes) => bytes * 2, buf, str, offset, length);
  const n = Math.min(str.length >>> 1, length);
  let i = 0;
  for (; i < n; i++) {
    const a = unhex(str.charCodeAt(2 * i) & 0xff);
    const b = unhex(str.charCodeAt(2 * i + 1) & 0xff);
    if (a < 0 || b < 0) break;
    buf[offset + i] = (a << 4) | b;
  }
  return i;
}

// --- base64 ------------------------------------------------------------------------

const b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64urlchars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64codes = Uint8Array.from(b64chars, (c) => c.charCodeAt(0));
const b64urlcodes = Uint8Array.from(b64urlchars, (c) => c.charCodeAt(0));
// Decoding accepts both alphabets (node does too).
const unb64 = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  unb64[b64chars.charCodeAt(i)] = i;
  unb64[b64urlchars.charCodeAt(i)] = i;
}

// Encodes into a byte array of character codes first: far cheaper than string concatenation.
function base64Encode(buf, start, end, alphabet, pad) {
  if (end - start >= JAVA_MIN) {
    return codec.base64Slice(buf.buffer, buf.byteOffset + start, end - start, alphabet !== b64chars);
  }
  const len = end - start;
  const full = Math.floor(len / 3) * 3;
  const rem = len - full;
  const outLen = (full / 3) * 4 + (rem === 0 ? 0 : pad ? 4 : rem + 1);
  const out = new Uint8Array(outLen);
  const codes = alphabet === b64chars ? b64codes : b64urlcodes;
  let o = 0;
  let i = start;
  const stop = start + full;
  for (; i < stop; i += 3) {
    const n = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    out[o++] = codes[n >>> 18];
    out[o++] = codes[(n >>> 12) & 63];
    out[o++] = codes[(n >>> 6) & 63];
    out[o++] = codes[n & 63];
  }
  if (rem === 1) {
    const n = buf[i] << 16;
    out[o++] = codes[n >>> 18];
    out[o++] = codes[(n >>> 12) & 63];
    if (pad) { out[o++] = 61; out[o++] = 61; }
  } else if (rem === 2) {
    const n = (buf[i] << 16) | (buf[i + 1] << 8);
    out[o++] = codes[n >>> 18];
    out[o++] = codes[(n >>> 12) & 63];
    out[o++] = codes[(n >>> 6) & 63];
    if (pad) out[o++] = 61;
  }
  return latin1Slice(out, 0, outLen);
}

function base64Slice(buf, start, end) { return base64Encode(buf, start, end, b64chars, true); }
function base64urlSlice(buf, start, end) { return base64Encode(buf, start, end, b64urlchars, false); }

// Lenient: characters outside both alphabets are skipped, '=' ends the data.
function base64Write(buf, str, offset, length) {
  if (str.length >= JAVA_MIN) {
    // Java's strict decoder first; where node's leniency matters, its lenient one in one call.
    const n = javaWrite(base64Slices, (bytes) => bytes / 3 * 4, buf, str, offset, length);
    if (n >= 0) return n;
    const bytes = new Uint8Array(new ArrayBuffer(codec.base64Write(str, length)));
    buf.set(bytes, offset);
    return bytes.length;
  }
  const end = offset + length;
  let p = offset;
  let acc = 0;
  let bits = 0;
  const n = str.length;
  let i = 0;
  // Fast path: whole groups of four alphabet characters.
  while (i + 4 <= n && p + 3 <= end) {
    const a = unb64[str.charCodeAt(i) & 0xff];
    const b = unb64[str.charCodeAt(i + 1) & 0xff];
    const c = unb64[str.charCodeAt(i + 2) & 0xff];
    const d = unb64[str.charCodeAt(i + 3) & 0xff];
    if ((a | b | c | d) < 0 || str.charCodeAt(i) > 0xff || str.charCodeAt(i + 1) > 0xff ||
        str.charCodeAt(i + 2) > 0xff || str.charCodeAt(i + 3) > 0xff) break;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    buf[p++] = v >>> 16;
    buf[p++] = (v >>> 8) & 0xff;
    buf[p++] = v & 0xff;
    i += 4;
  }
  // Lenient slow path for the rest.
  for (; i < n && p < end; i++) {
    // Node reads each UTF-16 unit truncated to its low byte.
    const c = str.charCodeAt(i) & 0xff;
    const v = unb64[c];
    if (v < 0) {
      if (c === 61) break;
      continue;
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      buf[p++] = (acc >>> bits) & 0xff;
    }
  }
  return p - offset;
}

function base64ByteLength(str) {
  let bytes = str.length;
  if (str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

// --- the table -----------------------------------------------------------------------

const encodingsMap = { utf8: 1, utf16le: 2, latin1: 3, ascii: 4, base64: 5, base64url: 6, hex: 7 };

const noEncoder = () => undefined;
const encodingOps = {
  utf8: { encoding: 'utf8', encodingVal: 1, byteLength: utf8ByteLength, write: utf8Write, slice: utf8Slice,
          encode: utf8EncodeBig },
  ucs2: { encoding: 'ucs2', encodingVal: 2, byteLength: (s) => s.length * 2, write: ucs2Write, slice: ucs2Slice,
          encode: noEncoder },
  utf16le: { encoding: 'utf16le', encodingVal: 2, byteLength: (s) => s.length * 2, write: ucs2Write, slice: ucs2Slice,
             encode: noEncoder },
  latin1: { encoding: 'latin1', encodingVal: 3, byteLength: (s) => s.length, write: latin1Write, slice: latin1Slice,
            encode: noEncoder },
  ascii: { encoding: 'ascii', encodingVal: 4, byteLength: (s) => s.length, write: latin1Write, slice: asciiSlice,
           encode: noEncoder },
  base64: { encoding: 'base64', encodingVal: 5, byteLength: base64ByteLength, write: base64Write, slice: base64Slice,
            encode: noEncoder },
  base64url: { encoding: 'base64url', encodingVal: 6, byteLength: base64ByteLength, write: base64Write,
               slice: base64urlSlice, encode: noEncoder },
  hex: { encoding: 'hex', encodingVal: 7, byteLength: (s) => s.length >>> 1, write: hexWrite, slice: hexSlice,
         encode: noEncoder },
};

function lookup(enc) {
  switch (enc) {
    case 'utf8': case 'utf-8': return encodingOps.utf8;
    case 'ucs2': case 'ucs-2': return encodingOps.ucs2;
    case 'utf16le': case 'utf-16le': return encodingOps.utf16le;
    case 'latin1': case 'binary': return encodingOps.latin1;
    case 'base64': return encodingOps.base64;
    case 'base64url': return encodingOps.base64url;
    case 'hex': return encodingOps.hex;
    case 'ascii': return encodingOps.ascii;
    default: return undefined;
  }
}

/** The ops for an encoding name (case-insensitive), or undefined. */
function getEncodingOps(encoding) {
  encoding += '';
  return lookup(encoding) || lookup(encoding.toLowerCase());
}

/** Node's normalizeEncoding: canonical name, 'utf8' for null/undefined/'', else undefined. */
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  const ops = getEncodingOps(enc);
  if (ops === undefined) return undefined;
  return ops.encoding === 'ucs2' ? 'utf16le' : ops.encoding;
}

// V8's longest string, which the realm sets as GraalJS's limit too (buffer.constants.MAX_STRING_LENGTH).
const kStringMaxLength = 2 ** 29 - 24;

/**
 * Node's refusal of a string longer than that, judged from the bytes before any decoding, as node's
 * StringBytes does (utf8 by its byte count).
 */
function checkStringLength(ops, bytes) {
  let chars = bytes;
  if (ops === encodingOps.hex) chars = bytes * 2;
  else if (ops === encodingOps.base64 || ops === encodingOps.base64url) chars = Math.ceil(bytes / 3) * 4;
  else if (ops === encodingOps.ucs2) chars = bytes >>> 1;
  if (chars > kStringMaxLength) {
    const { codes: { ERR_STRING_TOO_LONG } } = require('internal/errors');
    throw new ERR_STRING_TOO_LONG();
  }
}

module.exports = {
  kStringMaxLength,
  checkStringLength,
  encodingOps,
  encodingsMap,
  getEncodingOps,
  normalizeEncoding,
  utf8ByteLength,
  utf8Write,
  utf8Slice,
  utf8Encode,
  isUtf8,
  latin1Slice,
  latin1Write,
  asciiSlice,
  ucs2Slice,
  ucs2Write,
  hexSlice,
  hexWrite,
  base64Slice,
  base64urlSlice,
  base64Write,
  base64ByteLength,
  littleEndian,
};
