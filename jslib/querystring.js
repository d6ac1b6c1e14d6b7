'use strict';
// The `querystring` module (node 20): parse/stringify with custom separators, maxKeys and
// custom encoders/decoders; escape/unescape with node's lenient fallbacks.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const noEscape = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  noEscape[ch.charCodeAt(0)] = 1;
}
const hexTable = [];
for (let i = 0; i < 256; i++) hexTable.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

function encodeStr(str) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      out += noEscape[c] === 1 ? str[i] : hexTable[c];
    } else if (c < 0x800) {
      out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    } else {
      // A surrogate takes the next code unit as its pair, whatever it is, as node's encoder does;
      // only one with nothing after it is malformed.
      if (i + 1 >= str.length) throw new ERR_INVALID_URI();
      const next = str.charCodeAt(++i);
      c = 0x10000 + (((c & 0x3FF) << 10) | (next & 0x3FF));
      out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
        hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
    }
  }
  return out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Decodes %XX bytes (and '+' when decodeSpaces), leaving malformed escapes as they are.
function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  const src = Buffer.from(s);
  const out = Buffer.allocUnsafe(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const b = src[i];
    if (b === 0x2B && decodeSpaces) {
      out[n++] = 0x20;
    } else if (b === 0x25 && i + 2 < src.length + 0 && hexValue(src[i + 1]) >= 0 && hexValue(src[i + 2]) >= 0) {
      out[n++] = hexValue(src[i + 1]) * 16 + hexValue(src[i + 2]);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.slice(0, n);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringified(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) {
    // Values >= 1e21 print with an exponent ('1e+21') whose '+' must be escaped.
    return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
  }
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? encodeStringified : encodeStringifiedCustom;

  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  const fields = [];
  for (const k of keys) {
    const v = obj[k];
    const ks = convert(k, encode) + eq;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + convert(item, encode));
    } else {
      fields.push(ks + convert(v, encode));
    }
  }
  return fields.join(sep);
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
  const cur = obj[key];
  if (cur === undefined) {
    obj[key] = value;
  } else if (typeof cur === 'string') {
    obj[key] = [cur, value];
  } else {
    cur.push(value);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';

  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let pairs = maxKeys > 0 ? maxKeys : Infinity;

  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const customDecode = decode !== qsUnescape;

  // Split on sep up to maxKeys pairs; everything after the last counted separator is dropped.
  let pos = 0;
  while (pos <= qs.length && pairs > 0) {
    // An empty separator (sep given as [] or '') splits nothing.
    let end = sep.length === 0 ? -1 : qs.indexOf(sep, pos);
    if (end === -1) end = qs.length;
    const pair = qs.slice(pos, end);
    if (pair.length > 0) {
      const eqIdx = pair.indexOf(eq);
      let key = eqIdx === -1 ? pair : pair.slice(0, eqIdx);
      // With an empty separator node keeps the key and drops the value.
      let value = eqIdx === -1 || sep.length === 0 ? '' : pair.slice(eqIdx + eq.length);
      if (key.length > 0 || value.length > 0 || eqIdx !== -1) {
        const keyPlus = key.includes('+');
        const valPlus = value.includes('+');
        // '+' means space; a custom decoder sees it as %20.
        const space = customDecode ? '%20' : ' ';
        if (keyPlus) key = key.replace(/\+/g, space);
        if (valPlus) value = value.replace(/\+/g, space);
        const keyEncoded = customDecode || keyPlus || key.includes('%');
        const valEncoded = customDecode || valPlus || value.includes('%');
        addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
      }
    }
    pairs--;
    if (end === qs.length) break;
    pos = end + sep.length;
  }
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
