'use strict';
// V8's ValueSerializer wire format (version 15, what node 20 writes), under node's names: the
// v8 module's Serializer and Deserializer, and its DefaultSerializer/DefaultDeserializer, which
// write typed arrays and Buffers as host objects (view type index, byte length, raw bytes).
// v8.serialize and 'advanced' IPC serialization build on the Default pair.
// Written from the format as observed in node's output (see tests), not from V8's source.

const kVersion = 15;
// View types in node's order; index 10 is Buffer.
const viewTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
                   Uint32Array, Float32Array, Float64Array, DataView, null, BigInt64Array, BigUint64Array];
// V8's own tags for views it writes itself (after their ArrayBuffer), by constructor.
const viewTags = new Map([[Int8Array, 0x62], [Uint8Array, 0x42], [Uint8ClampedArray, 0x43],
                          [Int16Array, 0x77], [Uint16Array, 0x57], [Int32Array, 0x64], [Uint32Array, 0x44],
                          [Float32Array, 0x66], [Float64Array, 0x46], [BigInt64Array, 0x71],
                          [BigUint64Array, 0x51], [DataView, 0x3F]]);
const errorTags = { EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46, SyntaxError: 0x53,
                    TypeError: 0x54, URIError: 0x55 };

// What node's C++ throws for a byte argument that is not one.
function notAView(name) {
  return require('internal/errors').nativeCodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                                                    `${name} must be a TypedArray or a DataView`);
}

function viewTypeIndex(v) {
  if (Buffer.isBuffer(v)) return 10;
  const index = viewTypes.indexOf(v.constructor);
  return index >= 0 ? index : viewTypes.findIndex((T) => T && v instanceof T);
}

class Serializer {
  constructor() {
    this.buf = new Uint8Array(64);
    this.len = 0;
    this.ids = new Map();
    this.nextId = 0;
    this.transferred = new Map();
    this.viewsAsHostObjects = false;
  }

  // --- node's public writer API ------------------------------------------------------------

  writeValue(value) {
    this.writeAny(value);
    return true;
  }

  writeUint32(n) { this.varint(n >>> 0); }

  writeUint64(hi, lo) {
    // LEB128 of hi * 2^32 + lo, 7 bits at a time across both halves.
    hi >>>= 0;
    lo >>>= 0;
    do {
      let b = lo & 0x7F;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
      if (lo !== 0 || hi !== 0) b |= 0x80;
      this.byte(b);
    } while (lo !== 0 || hi !== 0);
  }

  writeDouble(d) { this.double(+d); }

  writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) throw notAView('source');
    this.raw(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  /** From now on `arrayBuffer` is written as a reference to `id` (the reader supplies it). */
  transferArrayBuffer(id, arrayBuffer) { this.transferred.set(arrayBuffer, id >>> 0); }

  _setTreatArrayBufferViewsAsHostObjects(flag) { this.viewsAsHostObjects = !!flag; }

  cloneError(message) { return new this._getDataCloneError(message); }

  // --- the format ----------------------------------------------------------------------------

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
      this.writeAny(obj[k]);
      count++;
    }
    return count;
  }

  writeAny(v) {
    switch (typeof v) {
      case 'undefined': this.byte(0x5F); return;
      case 'boolean': this.byte(v ? 0x54 : 0x46); return;
      case 'number': this.number(v); return;
      case 'string': this.string(v); return;
      case 'bigint': this.byte(0x5A); this.bigint(v); return;
      case 'symbol':
      case 'function':
        throw this.cloneError(`${typeof v === 'symbol' ? v.toString() : v} could not be cloned.`);
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
    const transferId = this.transferred.get(v);
    if (transferId !== undefined) {
      this.ids.set(v, this.nextId++);
      this.byte(0x74);
      this.varint(transferId);
      return;
    }
    // V8 writes a view's ArrayBuffer (or a reference to it) first, then the view.
    const nativeView = ArrayBuffer.isView(v) && !this.viewsAsHostObjects;
    if (nativeView) this.writeAny(v.buffer);
    this.ids.set(v, this.nextId++);
    this.writeObject(v);
  }

  writeObject(v) {
    if (ArrayBuffer.isView(v)) {
      if (this.viewsAsHostObjects) {
        this.byte(0x5C);
        if (typeof this._writeHostObject !== 'function') {
          throw this.cloneError(`${Object.prototype.toString.call(v)} could not be cloned.`);
        }
        this._writeHostObject(v);
        return;
      }
      this.byte(0x56);
      this.byte(viewTags.get(v.constructor) ?? viewTags.get(viewTypes[viewTypeIndex(v)] ?? Uint8Array));
      this.varint(v.byteOffset);
      this.varint(v.byteLength);
      this.varint(0); // flags: not length-tracking, not backed by a resizable buffer
      return;
    }
    if (Array.isArray(v)) {
      const keys = Object.keys(v);
      let dense = keys.length >= v.length;
      for (let i = 0; dense && i < v.length; i++) if (!(i in v)) dense = false;
      if (dense) {
        this.byte(0x41);
        this.varint(v.length);
        for (let i = 0; i < v.length; i++) this.writeAny(v[i]);
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
        this.writeAny(k);
        this.writeAny(val);
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
        this.writeAny(k);
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
      throw this.cloneError(`#<${Object.prototype.toString.call(v).slice(8, -1)}> could not be cloned.`);
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

Serializer.prototype._getDataCloneError = Error;

class Deserializer {
  constructor(bytes) {
    if (!ArrayBuffer.isView(bytes)) throw notAView('buffer');
    this.buffer = bytes;
    this.b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = 0;
    this.objects = [];
    this.transferred = new Map();
    this.version = 0;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  // --- node's public reader API ------------------------------------------------------------

  readValue() { return this.readAny(); }

  readUint32() { return this.varint() >>> 0; }

  readUint64() {
    let lo = 0;
    let hi = 0;
    for (let shift = 0; ; shift += 7) {
      const b = this.byte();
      const bits = b & 0x7F;
      if (shift < 28) lo |= bits << shift;
      else if (shift === 28) { lo |= (bits & 0xF) << 28; hi |= bits >>> 4; } else hi |= bits << (shift - 32);
      if ((b & 0x80) === 0) return [hi >>> 0, lo >>> 0];
    }
  }

  readDouble() { return this.double(); }

  /** Skips `length` raw bytes and returns where they start in the buffer. */
  _readRawBytes(length) {
    const start = this.pos;
    this.rawBytes(length);
    return start;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
  }

  getWireFormatVersion() { return this.version; }

  transferArrayBuffer(id, arrayBuffer) { this.transferred.set(id >>> 0, arrayBuffer); }

  // --- the format ----------------------------------------------------------------------------

  fail() {
    return new Error('Unable to deserialize cloned data.');
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
    if (this.version < 13 || this.version > kVersion) {
      throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
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

  readAny() {
    const value = this.readOne();
    // A view follows its ArrayBuffer (or a reference to it).
    if (value instanceof ArrayBuffer && this.pos < this.b.length && this.peekTag() === 0x56) {
      this.pos++;
      return this.readView(value);
    }
    return value;
  }

  readView(buffer) {
    const tag = this.byte();
    const byteOffset = this.varint();
    const byteLength = this.varint();
    if (this.version >= 14) this.varint(); // flags
    let T;
    for (const [ctor, t] of viewTags) if (t === tag) T = ctor;
    if (T === undefined || byteOffset + byteLength > buffer.byteLength) throw this.fail();
    const view = T === DataView ? new DataView(buffer, byteOffset, byteLength)
      : new T(buffer, byteOffset, byteLength / T.BYTES_PER_ELEMENT);
    this.objects.push(view);
    return view;
  }

  readOne() {
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
          arr[i] = this.readAny();
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
          const k = this.readAny();
          map.set(k, this.readAny());
        }
        this.pos++;
        this.varint();
        return map;
      }
      case 0x27: {
        const set = new Set();
        this.objects.push(set);
        while (this.peekTag() !== 0x2C) set.add(this.readAny());
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
      case 0x74: {
        const ab = this.transferred.get(this.varint());
        if (ab === undefined) throw this.fail();
        this.objects.push(ab);
        return ab;
      }
      case 0x5C: {
        if (typeof this._readHostObject !== 'function') throw this.fail();
        const obj = this._readHostObject();
        this.objects.push(obj);
        return obj;
      }
      default:
        throw this.fail();
    }
  }

  readProperties(obj, endTag) {
    let count = 0;
    while (this.peekTag() !== endTag) {
      const key = this.readAny();
      obj[key] = this.readAny();
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
      else if (t === 0x63) this.readAny(); // cause
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
}

/** node's DefaultSerializer: typed arrays and Buffers as host objects, not with their ArrayBuffer. */
class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    const index = viewTypeIndex(view);
    if (index < 0) {
      throw this.cloneError(`Unserializable host object: ${require('internal/util/inspect').inspect(view)}`);
    }
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(view);
  }
}

/** node's DefaultDeserializer: a view over the input's own bytes where they are aligned for it. */
class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const T = typeIndex === 10 ? Buffer : viewTypes[typeIndex];
    const size = T?.BYTES_PER_ELEMENT ?? 1;
    if (!T || byteLength % size !== 0) throw this.fail();
    let memory = this.buffer.buffer;
    let at = this.buffer.byteOffset + offset;
    if (at % size !== 0) {
      memory = Uint8Array.prototype.slice.call(this.b, offset, offset + byteLength).buffer; // a copy, even of a Buffer
      at = 0;
    }
    if (T === Buffer) return Buffer.from(memory, at, byteLength);
    if (T === DataView) return new DataView(memory, at, byteLength);
    return new T(memory, at, byteLength / size);
  }
}

/** A whole value in a buffer, with the header, by a serializer of the given class. */
function serializeWith(SerializerClass, value) {
  const ser = new SerializerClass();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserializeWith(DeserializerClass, bytes) {
  const des = new DeserializerClass(bytes);
  des.readHeader();
  return des.readValue();
}

const serialize = (value) => serializeWith(DefaultSerializer, value);
const deserialize = (bytes) => deserializeWith(DefaultDeserializer, bytes);

module.exports = {
  Serializer, Deserializer, DefaultSerializer, DefaultDeserializer, serialize, deserialize, serializeWith,
  deserializeWith,
};
