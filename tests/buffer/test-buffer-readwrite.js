'use strict';
// Numeric accessors and their exact range / bounds errors.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeDoubleBE(1.5), 8);
assert.strictEqual(b.toString('hex'), '3ff8000000000000');
assert.strictEqual(b.readDoubleBE(), 1.5);
assert.strictEqual(b.writeFloatLE(-2.25, 4), 8);
assert.strictEqual(b.readFloatLE(4), -2.25);
assert.strictEqual(b.writeBigInt64BE(-5n), 8);
assert.strictEqual(b.toString('hex'), 'fffffffffffffffb');
assert.strictEqual(b.readBigInt64BE(), -5n);
assert.strictEqual(b.readBigUInt64BE(), 18446744073709551611n);
assert.strictEqual(b.readBigUint64LE(), 18158513697557839871n);
assert.strictEqual(b.writeBigUint64LE(2n ** 63n), 8);
assert.strictEqual(b.toString('hex'), '0000000000000080');
b.fill(0);
assert.strictEqual(b.writeIntLE(-123456, 1, 3), 4);
assert.strictEqual(b.readIntLE(1, 3), -123456);
assert.strictEqual(b.readUIntBE(1, 3), 12590590);
assert.strictEqual(b.writeIntBE(-(2 ** 47), 0, 6), 6);
assert.strictEqual(b.readIntBE(0, 6), -(2 ** 47));
assert.strictEqual(b.readUIntLE(2, 6), 0);
assert.strictEqual(b.writeInt16BE(-2), 2);
assert.strictEqual(b.readInt16BE(), -2);
assert.strictEqual(b.readInt16LE(), -257);
assert.strictEqual(b.writeInt8(-128, 3), 4);
assert.strictEqual(b.readInt8(3), -128);
assert.strictEqual(b.readUint8(3), 128);
assert.strictEqual(b.writeUint32BE(0xdeadbeef, 4), 8);
assert.strictEqual(b.readInt32BE(4), -559038737);
assert.strictEqual(b.readUInt32LE(4), 4022250974);
assert.strictEqual(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]).readIntLE(0, 6), 140737488355327);
assert.strictEqual(Buffer.alloc(4).writeUInt8('5'), 1);
assert.strictEqual(Buffer.from([1, 2]).writeUInt8('x'), 1);

function err(fn, code, message, name = 'RangeError') {
  assert.throws(fn, (e) => {
    assert.strictEqual(e.name, name);
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.message, message);
    return true;
  });
}
const R = 'ERR_OUT_OF_RANGE';
err(() => Buffer.from([1, 2, 3]).readUInt8(10), R,
    'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 10');
err(() => Buffer.from([1, 2, 3]).readUInt8('1'), 'ERR_INVALID_ARG_TYPE',
    'The "offset" argument must be of type number. Received type string (\'1\')', 'TypeError');
err(() => Buffer.from([1, 2, 3]).readUInt8(1.5), R,
    'The value of "offset" is out of range. It must be an integer. Received 1.5');
err(() => Buffer.from([1, 2]).readInt32LE(0), 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
err(() => Buffer.from('ab').readUInt16LE(-1), R, 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received -1');
err(() => Buffer.from('ab').readUInt16LE(NaN), R, 'The value of "offset" is out of range. It must be an integer. Received NaN');
err(() => Buffer.from([1, 2]).writeUInt8(300), R, 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 300');
err(() => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6), R,
    'The value of "value" is out of range. It must be >= 0 and < 2 ** 48. Received 281_474_976_710_656');
err(() => Buffer.alloc(8).writeIntBE(2 ** 48, 0, 6), R,
    'The value of "value" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. Received 281_474_976_710_656');
err(() => Buffer.alloc(8).writeInt32LE(2 ** 40, 0), R,
    'The value of "value" is out of range. It must be >= -2147483648 and <= 2147483647. Received 1_099_511_627_776');
err(() => Buffer.alloc(8).writeBigInt64LE(2n ** 64n, 0), R,
    'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 18_446_744_073_709_551_616n');
err(() => Buffer.alloc(8).writeBigUInt64LE(-1n, 0), R,
    'The value of "value" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n');
err(() => Buffer.alloc(8).readUIntLE(0, 7), R,
    'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7');
err(() => Buffer.alloc(8).readUIntLE(0), 'ERR_INVALID_ARG_TYPE',
    'The "byteLength" argument must be of type number. Received undefined', 'TypeError');
err(() => Buffer.alloc(6).writeUIntLE(1, 0, 0), R,
    'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 0');
err(() => Buffer.from('ab').writeUInt16LE(1, '0'), 'ERR_INVALID_ARG_TYPE',
    'The "offset" argument must be of type number. Received type string (\'0\')', 'TypeError');
err(() => Buffer.from('ab').writeUInt16LE(1, 1), R,
    'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1');
err(() => Buffer.from('ab').writeUInt8(1, 2), R, 'The value of "offset" is out of range. It must be >= 0 and <= 1. Received 2');
err(() => Buffer.alloc(4).writeUIntBE(2 ** 24, 0, 3), R,
    'The value of "value" is out of range. It must be >= 0 and <= 16777215. Received 16777216');
err(() => Buffer.alloc(10).readDoubleLE(3), R, 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3');
err(() => Buffer.alloc(1).readDoubleLE(), 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
assert.throws(() => Buffer.alloc(8).writeBigUInt64LE(1, 0), TypeError);
