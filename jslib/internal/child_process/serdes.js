'use strict';
// V8's ValueSerializer wire format (version 15, what node 20 writes), for 'advanced' IPC
// serialization. Typed arrays and Buffers go as host objects the way node's child_process
// serializer frames them: uint32 0, then the view type index, byte length and raw bytes.
// Written from the format as observed in node's output (see tests), not from V8's source.

const kVersion = 15;
// View types in node's order; index 10 is Buffer.
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
                   Uint32Array, Float32Array, Float64Array, DataView, null, BigInt64Array, BigUint64Array];
const errorTags = { EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46, SyntaxError: 0x53,
                    TypeError: 0x54, URIError: 0x55 };

function dataCloneError(message) {
  try {
    const { DOMException } = require('internal/dom_exception');
    return new DOMException(message, 'DataCloneError');
  } catch {
    const err = new Error(message);
    err.name = 'DataCloneError';
    return err;
  }
}

class Serializer {
  constructor() {
    this.buf = new Uint8Array(64);
    this.len = 0;
    this.ids = new Map();
    this.nextId = 0;
  }

  ensure(n) {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b) {
    this.ensure(1);
    this.buf[this.len++] = b;
  }

  varint(n) {
    // Unsigned LEB128, for values up to 2^53.
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      this.byte(b);
    } while (n > 0);
  }

  zigzag(n) {
    this.varint(n >= 0 ? n * 2 : -n * 2 - 1);
  }

  double(d) {
    this.ensure(8);
    new DataView(this.buf.buffer).setFloat64(this.len, d, true);
    this.len += 8;
  }

  raw(bytes) {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }

  writeHeader() {
    this.byte(0xFF);
    this.byte(kVersion);
  }

  string(s) {
    let oneByte = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xFF) {
        oneByte = false;
        break;
      }
    }
    if (oneByte) {
      this.byte(0x22);
      this.varint(s.length);
      this.ensure(s.length);
      for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i);
      return;
    }
    const byteLength = s.length * 2;
    // Two-byte data starts on an even offset; V8 pads with 0x00 tags.
    let varintLen = 1;
    for (let n = byteLength; n >= 128; n = Math.floor(n / 128)) varintLen++;
    if ((this.len + 1 + varintLen) & 1) this.byte(0x00);
    this.byte(0x63);
    this.varint(byteLength);
    this.ensure(byteLength);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.buf[this.len++] = c & 0xFF;
      this.buf[this.len++] = c >> 8;
    }
  }

  number(n) {
    if (Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 && !Object.is(n, -0)) {
      this.byte(0x49);
      this.zigzag(n);
    } else {
      this.byte(0x4E);
      this.double(n);
    }
  }

  bigint(v) {
    const neg = v < 0n;
    let mag = neg ? -v : v;
    const bytes = [];
    while (mag > 0n) {
      bytes.push(Number(mag & 0xFFn));
      mag >>= 8n;
    }
    while (bytes.length % 8 !== 0) bytes.push(0);
    this.varint(bytes.length * 2 + (neg ? 1 : 0));
    this.raw(bytes);
  }

  key(k) {
    // Array-index keys go as numbers, as V8 writes them.
    const n = +k;
    if (String(n >>> 0) === k && n !== 4294967295) this.number(n);
    else this.string(k);
  }

  properties(obj, keys) {
    let count = 0;
    for (const k of keys) {
      this.key(k);
      this.writeValue(obj[k]);
      count++;
    }
    return count;
  }

  writeValue(v) {
    switch (typeof v) {
      case 'undefined': this.byte(0x5F); return;
      case 'boolean': this.byte(v ? 0x54 : 0x46); return;
      case 'number': this.number(v); return;
      case 'string': this.string(v); return;
      case 'bigint': this.byte(0x5A); this.bigint(v); return;
      case 'symbol':
      case 'function':
        throw dataCloneError(`${typeof v === 'symbol' ? v.toString() : v} could not be cloned.`);
      default: break;
    }
    if (v === null) {
      this.byte(0x30);
      return;
    }
    const id = this.ids.get(v);
    if (id !== undefined) {
      this.byte(0x5E);
      this.varint(id);
      return;
    }
    this.ids.set(v, this.nextId++);
    this.writeObject(v);
  }

  writeObject(v) {
    if (ArrayBuffer.isView(v)) {
      this.byte(0x5C);
      this.varint(0);
      let index = Buffer.isBuffer(v) ? 10 : viewTypes.indexOf(v.constructor);
      if (index < 0) index = viewTypes.findIndex((T) => T && v instanceof T);
      if (index < 0) throw dataCloneError(`Unserializable host object: ${v}`);
      this.varint(index);
      this.varint(v.byteLength);
      this.raw(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      return;
    }
    if (Array.isArray(v)) {
      const keys = Object.keys(v);
      let dense = keys.length >= v.length;
      for (let i = 0; dense && i < v.length; i++) if (!(i in v)) dense = false;
      if (dense) {
        this.byte(0x41);
        this.varint(v.length);
        for (let i = 0; i < v.length; i++) this.writeValue(v[i]);
        const extra = keys.slice(v.length);
        const count = this.properties(v, extra);
        this.byte(0x24);
        this.varint(count);
        this.varint(v.length);
      } else {
        this.byte(0x61);
        this.varint(v.length);
        const count = this.properties(v, keys);
        this.byte(0x40);
        this.varint(count);
        this.varint(v.length);
      }
      return;
    }
    if (v instanceof Date) {
      this.byte(0x44);
      this.double(v.getTime());
      return;
    }
    if (v instanceof RegExp) {
      this.byte(0x52);
      this.string(v.source);
      let flags = 0;
      for (const [ch, bit] of [['g', 1], ['i', 2], ['m', 4], ['y', 8], ['u', 16], ['s', 32], ['d', 128], ['v', 256]]) {
        if (v.flags.includes(ch)) flags |= bit;
      }
      this.varint(flags);
      return;
    }
    if (v instanceof Map) {
      this.byte(0x3B);
      let n = 0;
      for (const [k, val] of v) {
        this.writeValue(k);
        this.writeValue(val);
        n += 2;
      }
      this.byte(0x3A);
      this.varint(n);
      return;
    }
    if (v instanceof Set) {
      this.byte(0x27);
      let n = 0;
      for (const k of v) {
        this.writeValue(k);
        n++;
      }
      this.byte(0x2C);
      this.varint(n);
      return;
    }
    if (v instanceof ArrayBuffer) {
      this.byte(0x42);
      this.varint(v.byteLength);
      this.raw(new Uint8Array(v));
      return;
    }
    if (v instanceof Number) { this.byte(0x6E); this.double(v.valueOf()); return; }
    if (v instanceof Boolean) { this.byte(v.valueOf() ? 0x79 : 0x78); return; }
    if (v instanceof String) { this.byte(0x73); this.string(v.valueOf()); return; }
    if (typeof BigInt === 'function' && v instanceof BigInt) { this.byte(0x7A); this.bigint(v.valueOf()); return; }
    if (v instanceof Error) {
      this.byte(0x72);
      const tag = errorTags[v.name];
      if (tag) this.byte(tag);
      const desc = Object.getOwnPropertyDescriptor(v, 'message');
      if (desc && 'value' in desc) {
        this.byte(0x6D);
        this.string(String(desc.value));
      }
      if (typeof v.stack === 'string') {
        this.byte(0x73);
        this.string(v.stack);
      }
      this.byte(0x2E);
      return;
    }
    if (v instanceof Promise || v instanceof WeakMap || v instanceof WeakSet) {
      throw dataCloneError(`${Object.prototype.toString.call(v)} could not be cloned.`);
    }
    this.byte(0x6F);
    const count = this.properties(v, Object.keys(v));
    this.byte(0x7B);
    this.varint(count);
  }

  releaseBuffer() {
    const out = Buffer.from(this.buf.buffer, 0, this.len);
    this.buf = new Uint8Array(64);
    this.len = 0;
    return out;
  }
}

class Deserializer {
  constructor(bytes) {
    this.b = bytes;
    this.pos = 0;
    this.objects = [];
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  fail() {
    const err = new Error('Unable to deserialize cloned data.');
    return err;
  }

  byte() {
    if (this.pos >= this.b.length) throw this.fail();
    return this.b[this.pos++];
  }

  varint() {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7F) * mul;
      if ((b & 0x80) === 0) return result;
      mul *= 128;
    }
  }

  zigzag() {
    const n = this.varint();
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }

  double() {
    if (this.pos + 8 > this.b.length) throw this.fail();
    const d = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return d;
  }

  rawBytes(n) {
    if (this.pos + n > this.b.length) throw this.fail();
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  readHeader() {
    if (this.b[this.pos] === 0xFF) {
      this.pos++;
      this.version = this.varint();
    }
    return true;
  }

  bigint() {
    const bitfield = this.varint();
    const bytes = this.rawBytes(bitfield >> 1);
    let v = 0n;
    for (let i = bytes.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
    return bitfield & 1 ? -v : v;
  }

  oneByteString(n) {
    const bytes = this.rawBytes(n);
    let s = '';
    for (let i = 0; i < bytes.length; i += 4096) {
      s += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096));
    }
    return s;
  }

  twoByteString(n) {
    const bytes = this.rawBytes(n);
    const codes = [];
    let s = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      codes.push(bytes[i] | (bytes[i + 1] << 8));
      if (codes.length === 4096) {
        s += String.fromCharCode.apply(null, codes);
        codes.length = 0;
      }
    }
    return s + String.fromCharCode.apply(null, codes);
  }

  readString() {
    const tag = this.peekTag();
    this.pos++;
    return this.stringFor(tag);
  }

  stringFor(tag) {
    const n = this.varint();
    if (tag === 0x22) return this.oneByteString(n);
    if (tag === 0x63) return this.twoByteString(n);
    if (tag === 0x53) return Buffer.from(this.rawBytes(n)).toString('utf8');
    throw this.fail();
  }

  peekTag() {
    while (this.b[this.pos] === 0x00) this.pos++;
    if (this.pos >= this.b.length) throw this.fail();
    return this.b[this.pos];
  }

  readValue() {
    const tag = this.peekTag();
    this.pos++;
    switch (tag) {
      case 0x5F: return undefined;
      case 0x30: return null;
      case 0x54: return true;
      case 0x46: return false;
      case 0x49: return this.zigzag();
      case 0x55: return this.varint();
      case 0x4E: return this.double();
      case 0x5A: return this.bigint();
      case 0x22: case 0x63: case 0x53: return this.stringFor(tag);
      case 0x5E: {
        const id = this.varint();
        if (id >= this.objects.length) throw this.fail();
        return this.objects[id];
      }
      case 0x6F: {
        const obj = {};
        this.objects.push(obj);
        this.readProperties(obj, 0x7B);
        return obj;
      }
      case 0x41: {
        const length = this.varint();
        const arr = new Array(length);
        this.objects.push(arr);
        for (let i = 0; i < length; i++) {
          if (this.peekTag() === 0x2D) {
            this.pos++;
            continue;
          }
          arr[i] = this.readValue();
        }
        this.readProperties(arr, 0x24);
        this.varint();
        return arr;
      }
      case 0x61: {
        const length = this.varint();
        const arr = new Array(length);
        this.objects.push(arr);
        this.readProperties(arr, 0x40);
        this.varint();
        return arr;
      }
      case 0x44: {
        const d = new Date(this.double());
        this.objects.push(d);
        return d;
      }
      case 0x52: {
        const source = this.readString();
        const bits = this.varint();
        let flags = '';
        for (const [ch, bit] of [['d', 128], ['g', 1], ['i', 2], ['m', 4], ['s', 32], ['u', 16], ['v', 256], ['y', 8]]) {
          if (bits & bit) flags += ch;
        }
        const re = new RegExp(source, flags);
        this.objects.push(re);
        return re;
      }
      case 0x3B: {
        const map = new Map();
        this.objects.push(map);
        while (this.peekTag() !== 0x3A) {
          const k = this.readValue();
          map.set(k, this.readValue());
        }
        this.pos++;
        this.varint();
        return map;
      }
      case 0x27: {
        const set = new Set();
        this.objects.push(set);
        while (this.peekTag() !== 0x2C) set.add(this.readValue());
        this.pos++;
        this.varint();
        return set;
      }
      case 0x42: {
        const n = this.varint();
        const ab = new ArrayBuffer(n);
        new Uint8Array(ab).set(this.rawBytes(n));
        this.objects.push(ab);
        return ab;
      }
      case 0x6E: { const o = Object(this.double()); this.objects.push(o); return o; }
      case 0x79: { const o = Object(true); this.objects.push(o); return o; }
      case 0x78: { const o = Object(false); this.objects.push(o); return o; }
      case 0x7A: { const o = Object(this.bigint()); this.objects.push(o); return o; }
      case 0x73: { const o = Object(this.readString()); this.objects.push(o); return o; }
      case 0x72: return this.readError();
      case 0x5C: return this.readHostObject();
      default:
        throw this.fail();
    }
  }

  readProperties(obj, endTag) {
    let count = 0;
    while (this.peekTag() !== endTag) {
      const key = this.readValue();
      obj[key] = this.readValue();
      count++;
    }
    this.pos++;
    this.varint();
    return count;
  }

  readError() {
    let Ctor = Error;
    let message;
    let stack;
    for (;;) {
      const t = this.byte();
      if (t === 0x2E) break;
      if (t === 0x6D) message = this.readString();
      else if (t === 0x73) stack = this.readString();
      else if (t === 0x63) this.readValue(); // cause
      else {
        const name = Object.keys(errorTags).find((k) => errorTags[k] === t);
        if (!name) throw this.fail();
        Ctor = globalThis[name];
      }
    }
    const err = message === undefined ? new Ctor() : new Ctor(message);
    if (stack !== undefined) {
      Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    }
    this.objects.push(err);
    return err;
  }

  readHostObject() {
    const kind = this.varint();
    if (kind !== 0) throw this.fail();
    const typeIndex = this.varint();
    const byteLength = this.varint();
    const bytes = this.rawBytes(byteLength);
    let view;
    if (typeIndex === 10) {
      view = Buffer.from(bytes);
    } else {
      const T = viewTypes[typeIndex];
      if (!T) throw this.fail();
      const copy = new ArrayBuffer(byteLength);
      new Uint8Array(copy).set(bytes);
      view = T === DataView ? new DataView(copy) : new T(copy, 0, byteLength / T.BYTES_PER_ELEMENT);
    }
    this.objects.push(view);
    return view;
  }
}

function serialize(value) {
  const ser = new Serializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(bytes) {
  const des = new Deserializer(bytes);
  des.readHeader();
  return des.readValue();
}

module.exports = { Serializer, Deserializer, serialize, deserialize };
