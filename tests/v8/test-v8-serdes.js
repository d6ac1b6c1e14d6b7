'use strict';
// v8.serialize/deserialize write V8's wire format byte for byte as node 20 does (the expected
// bytes below are node's output), so buffers pass between jnode and node; the Serializer and
// Deserializer classes with their raw writers, transfers and host-object hooks; bad input.
require('../common');
const assert = require('assert');
const v8 = require('v8');

const cases = [
  [[undefined, null, true, false, 0, -1, 2 ** 31, -0, 1.5, NaN, '', 'é', '☃', 10n, -(2n ** 70n)],
    'ff0f410f5f305446490049014e000000000000e0414e00000000000000804e000000000000f83f4e000000000000f87f' +
    '22002201e900630203265a100a000000000000005a210000000000000000400000000000000024000f'],
  [{ a: 1, 2: 'x', nested: { b: [1, , 3] } }, // eslint-disable-line no-sparse-arrays
    'ff0f6f4904220178220161490222066e65737465646f220162610349004902490449064002037b017b03'],
  [[new Map([[1, 'a']]), new Set(['s']), new Date(0), /x+/gi],
    'ff0f41043b49022201613a02272201732c01440000000000000000522202782b03240004'],
  [[Buffer.from('hi'), new Uint16Array([1, 2]), new Float64Array([0.5]), new DataView(new ArrayBuffer(2)),
    new BigInt64Array([-1n])],
  'ff0f41055c0a0268695c0404010002005c0808000000000000e03f5c090200005c0b08ffffffffffffffff240005'],
];
for (const [value, hex] of cases) {
  assert.strictEqual(v8.serialize(value).toString('hex'), hex);
  assert.deepStrictEqual(v8.deserialize(Buffer.from(hex, 'hex')), value);
}

// Cycles come back as cycles; views come back as their own type over their own bytes.
const cyclic = {};
cyclic.self = cyclic;
assert.strictEqual(v8.serialize(cyclic).toString('hex'), 'ff0f6f220473656c665e007b01');
const back = v8.deserialize(v8.serialize(cyclic));
assert.strictEqual(back.self, back);
const [buf, u16] = v8.deserialize(v8.serialize([Buffer.from('abc'), new Uint16Array([7, 8])]));
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.toString(), 'abc');
assert.deepStrictEqual([...u16], [7, 8]);
const err = v8.deserialize(v8.serialize(new RangeError('bad')));
assert.ok(err instanceof RangeError);
assert.strictEqual(err.message, 'bad');

// What cannot be cloned: a plain Error (v8's, not structuredClone's DOMException).
assert.throws(() => v8.serialize(() => 1), (e) => e.constructor === Error && e.message === '() => 1 could not be cloned.');
assert.throws(() => v8.serialize(Symbol('s')), { name: 'Error', message: 'Symbol(s) could not be cloned.' });
assert.throws(() => v8.serialize(new WeakMap()), { message: '#<WeakMap> could not be cloned.' });

// Bad input to deserialize.
assert.throws(() => v8.deserialize('x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'buffer must be a TypedArray or a DataView' });
assert.throws(() => v8.deserialize(Buffer.from([1, 2])), { message: 'Unable to deserialize cloned data due to invalid or unsupported version.' });
assert.throws(() => v8.deserialize(Buffer.from([0xff, 0x0f, 0x6f, 0x22, 0x05])), { message: 'Unable to deserialize cloned data.' });

// The plain Serializer writes views the way V8 does itself: their ArrayBuffer, then the view.
{
  const ser = new v8.Serializer();
  ser.writeHeader();
  assert.strictEqual(ser.writeValue(new Uint8Array([1, 2])), true);
  ser.writeValue(new Float64Array(new ArrayBuffer(24), 8, 1));
  const bytes = ser.releaseBuffer();
  assert.strictEqual(bytes.toString('hex'), 'ff0f42020102564200020042180000000000000000000000000000000000000000000000005646080800');
  const des = new v8.Deserializer(bytes);
  assert.strictEqual(des.readHeader(), true);
  assert.strictEqual(des.getWireFormatVersion(), 15);
  assert.deepStrictEqual(des.readValue(), new Uint8Array([1, 2]));
  const f64 = des.readValue();
  assert.ok(f64 instanceof Float64Array);
  assert.strictEqual(f64.byteOffset, 8);
  assert.strictEqual(f64.buffer.byteLength, 24);
}

// Raw writers and readers.
{
  const ser = new v8.Serializer();
  ser.writeUint32(300);
  ser.writeUint64(1, 2);
  ser.writeUint64(0xffffffff, 0xffffffff);
  ser.writeDouble(1.5);
  ser.writeRawBytes(Buffer.from('hi'));
  const bytes = ser.releaseBuffer();
  assert.strictEqual(bytes.toString('hex'), 'ac028280808010ffffffffffffffffff01000000000000f83f6869');
  const des = new v8.Deserializer(bytes);
  assert.strictEqual(des.readUint32(), 300);
  assert.deepStrictEqual(des.readUint64(), [1, 2]);
  assert.deepStrictEqual(des.readUint64(), [0xffffffff, 0xffffffff]);
  assert.strictEqual(des.readDouble(), 1.5);
  assert.strictEqual(des.readRawBytes(2).toString(), 'hi');
  assert.throws(() => ser.writeRawBytes('hi'), { code: 'ERR_INVALID_ARG_TYPE', message: 'source must be a TypedArray or a DataView' });
}

// Transferred ArrayBuffers go by id; the reader supplies its own.
{
  const ser = new v8.Serializer();
  ser.writeHeader();
  const ab = new ArrayBuffer(4);
  ser.transferArrayBuffer(3, ab);
  ser.writeValue({ a: ab, b: new Uint8Array(ab, 1, 2) });
  const bytes = ser.releaseBuffer();
  assert.strictEqual(bytes.toString('hex'), 'ff0f6f22016174032201625e0156420102007b02');
  const des = new v8.Deserializer(bytes);
  des.readHeader();
  const mine = new ArrayBuffer(4);
  des.transferArrayBuffer(3, mine);
  const value = des.readValue();
  assert.strictEqual(value.a, mine);
  assert.strictEqual(value.b.buffer, mine);
}

// Host-object hooks: a subclass frames views its own way; the plain class refuses them.
{
  class Tagged extends v8.Serializer {
    constructor() {
      super();
      this._setTreatArrayBufferViewsAsHostObjects(true);
    }
    _writeHostObject(view) {
      this.writeUint32(view.byteLength);
      this.writeRawBytes(view);
    }
  }
  class TaggedReader extends v8.Deserializer {
    _readHostObject() {
      return this.readRawBytes(this.readUint32());
    }
  }
  const ser = new Tagged();
  ser.writeHeader();
  ser.writeValue([new Uint8Array([9, 8])]);
  const des = new TaggedReader(ser.releaseBuffer());
  des.readHeader();
  assert.deepStrictEqual([...des.readValue()[0]], [9, 8]);

  const plain = new v8.Serializer();
  plain._setTreatArrayBufferViewsAsHostObjects(true);
  assert.throws(() => plain.writeValue(new Uint8Array(1)), { name: 'Error', message: '[object Uint8Array] could not be cloned.' });

  class CustomError extends v8.Serializer {}
  CustomError.prototype._getDataCloneError = TypeError;
  assert.throws(() => new CustomError().writeValue(Symbol('x')), { name: 'TypeError' });
}
assert.ok(new v8.DefaultSerializer() instanceof v8.Serializer);
assert.ok(new v8.DefaultDeserializer(Buffer.alloc(0)) instanceof v8.Deserializer);
