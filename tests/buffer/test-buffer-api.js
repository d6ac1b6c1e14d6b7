'use strict';
// Construction, pooling, comparison, search, fill, copy, inspect, Blob.
const assert = require('assert');
const util = require('util');
const { Buffer, SlowBuffer, Blob, File, kMaxLength, kStringMaxLength, constants, INSPECT_MAX_BYTES } = require('buffer');

assert.strictEqual(kMaxLength, 4294967296);
assert.strictEqual(constants.MAX_LENGTH, kMaxLength);
assert.strictEqual(constants.MAX_STRING_LENGTH, kStringMaxLength);
assert.strictEqual(INSPECT_MAX_BYTES, 50);
assert.strictEqual(Buffer.poolSize, 8192);
assert.ok(Buffer.from('ab') instanceof Uint8Array);
assert.ok(Buffer.isBuffer(Buffer.alloc(1)));
assert.ok(!Buffer.isBuffer(new Uint8Array(1)));
assert.strictEqual(Buffer.from('ab').subarray(1).constructor, Buffer);
assert.strictEqual(Buffer.from('ab').map((x) => x + 1).toString(), 'bc');
assert.strictEqual(Buffer.allocUnsafe(10).buffer.byteLength, 8192); // pooled
assert.strictEqual(Buffer.from('ab').buffer.byteLength, 8192);
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
assert.strictEqual(Buffer.alloc(10).buffer.byteLength, 10);
assert.strictEqual(SlowBuffer(3).length, 3);
assert.strictEqual(Buffer.from('ab').parent, Buffer.from('ab').parent); // the shared pool

// from()
assert.deepStrictEqual([...Buffer.from({ length: 2, 0: 1, 1: 'a' })], [1, 0]);
assert.strictEqual(Buffer.from({ length: '2' }).length, 0);
assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [1, 2] })], [1, 2]);
assert.strictEqual(Buffer.from(new String('ab')).toString(), 'ab');
assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]() { return 'hi'; } }).toString(), 'hi');
assert.deepStrictEqual([...Buffer.from(new Float64Array([1.5, 300, -1]))], [1, 44, 255]);
const ab = new ArrayBuffer(4);
const view = Buffer.from(ab, 1, 2);
view[0] = 9;
assert.strictEqual(new Uint8Array(ab)[1], 9); // shares memory
assert.throws(() => Buffer.from(ab, 5), { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds' });
assert.throws(() => Buffer.from(ab, 1, 5), { code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds' });
assert.strictEqual(Buffer.from(ab, 1, -5).length, 0);
const firstArg = 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an ' +
  'Array-like Object.';
assert.throws(() => Buffer.from(5), { code: 'ERR_INVALID_ARG_TYPE', message: `${firstArg} Received type number (5)` });
assert.throws(() => Buffer.from({}), { message: `${firstArg} Received an instance of Object` });
assert.throws(() => Buffer.from(null), { message: `${firstArg} Received null` });
assert.throws(() => Buffer.alloc(-1), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1' });
assert.throws(() => Buffer.alloc('5'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "size" argument must be of type number. Received type string (\'5\')' });

// alloc/fill
assert.strictEqual(Buffer.alloc(10, 'abc').toString(), 'abcabcabca');
assert.strictEqual(Buffer.alloc(5, 'ab', 'hex').toString('hex'), 'ababababab');
assert.strictEqual(Buffer.alloc(5, 257).toString('hex'), '0101010101');
assert.strictEqual(Buffer.alloc(5, '').toString('hex'), '0000000000');
assert.throws(() => Buffer.alloc(5, 'zz', 'hex'), { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received 'zz'" });
assert.throws(() => Buffer.from('ab').fill(Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(Buffer.from('abcd').fill('€').toString('hex'), 'e282ace2');
assert.strictEqual(Buffer.from('abcde').fill('abc', 1, 'latin1').toString(), 'aabca');
assert.strictEqual(Buffer.from('abcde').fill(true).toString('hex'), '0101010101');
assert.strictEqual(Buffer.alloc(5).fill(new Uint16Array([0x4142])).toString(), 'BABAB');
assert.throws(() => Buffer.from('abcde').fill('a', 1, 10), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "end" is out of range. It must be >= 0 && <= 5. Received 10' });
assert.throws(() => Buffer.from('ab').fill('x', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.alloc(3).fill('a', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });

// search
const h = Buffer.from('hello');
assert.strictEqual(h.indexOf('l', -2), 3);
assert.strictEqual(h.indexOf('l', NaN), 2);
assert.strictEqual(h.lastIndexOf('l', NaN), 3);
assert.strictEqual(h.indexOf(''), 0);
assert.strictEqual(h.indexOf('', 10), 5);
assert.strictEqual(h.lastIndexOf(''), 5);
assert.strictEqual(h.indexOf(108.5), 2);
assert.strictEqual(h.indexOf(364), 2);
assert.strictEqual(h.indexOf('l', {}), 2);
assert.strictEqual(h.lastIndexOf(Buffer.from('l')), 3);
assert.strictEqual(h.indexOf('lo', 4), -1);
assert.strictEqual(h.lastIndexOf('h', -10), -1);
assert.strictEqual(h.includes('ell'), true);
assert.strictEqual(Buffer.from('aXbX', 'ucs2').indexOf('b', 'ucs2'), 4);
assert.throws(() => h.indexOf('l', '2'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: 2' });
assert.throws(() => h.indexOf({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object',
});

// compare / equals / concat / copy
assert.strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('ab')), -1);
assert.strictEqual(Buffer.compare(Buffer.from('b'), Buffer.from('ab')), 1);
assert.strictEqual(Buffer.from('abcd').compare(Buffer.from('xbcx'), 1, 3, 1, 3), 0);
assert.strictEqual(Buffer.from('ab').compare(Buffer.from('ab'), 5), 1);
assert.throws(() => Buffer.compare(Buffer.from('a'), 'b'), {
  message: 'The "buf2" argument must be an instance of Buffer or Uint8Array. Received type string (\'b\')' });
assert.throws(() => Buffer.from('abcd').compare(Buffer.from('ab'), 0, 5), {
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 2. Received 5' });
assert.strictEqual(Buffer.from('a').equals(new Uint8Array([97])), true);
assert.throws(() => Buffer.from('a').equals('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(Buffer.concat([Buffer.from('ab'), new Uint8Array([1])], 5).toString('hex'), '6162010000');
assert.strictEqual(Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3).toString(), 'abc');
assert.throws(() => Buffer.concat([Buffer.from('a'), 'b']), {
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string (\'b\')' });
assert.throws(() => Buffer.concat('x'), { message: 'The "list" argument must be an instance of Array. Received type string (\'x\')' });
const t = Buffer.alloc(6);
assert.strictEqual(Buffer.from('abcd').copy(t, 4), 2);
assert.strictEqual(Buffer.from('abcd').copy(t, 1, 1, 3), 2);
assert.strictEqual(t.toString('hex'), '006263006162');
assert.throws(() => Buffer.from('abcd').copy(t, -1), {
  message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1' });
assert.throws(() => Buffer.from('abcd').copy(t, 0, 5), {
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 4. Received 5' });

// slice shares memory; swap; toJSON
const s = Buffer.from('abc');
s.slice(1)[0] = 120;
assert.strictEqual(s.toString(), 'axc');
assert.strictEqual(Buffer.from('hello').slice(-3, -1).toString(), 'll');
assert.strictEqual(Buffer.from('abcdefgh').swap64().toString(), 'hgfedcba');
assert.strictEqual(Buffer.from('abcd').swap32().toString(), 'dcba');
assert.strictEqual(Buffer.from('abcd').swap16().toString(), 'badc');
assert.throws(() => Buffer.from('abc').swap16(), { code: 'ERR_INVALID_BUFFER_SIZE', message: 'Buffer size must be a multiple of 16-bits' });
assert.deepStrictEqual(Buffer.from('ab').toJSON(), { type: 'Buffer', data: [97, 98] });
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');

// inspect
assert.strictEqual(util.inspect(Buffer.from('hello')), '<Buffer 68 65 6c 6c 6f>');
assert.strictEqual(util.inspect(Buffer.alloc(51)), `<Buffer ${'00 '.repeat(50)}... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(60)), `<Buffer ${'00 '.repeat(50)}... 10 more bytes>`);
assert.strictEqual(util.inspect(Object.assign(Buffer.from('ab'), { x: 1 })), '<Buffer 61 62, x: 1>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');

// Blob / File
const blob = new Blob(['abc', new Uint8Array([100])], { type: 'Text/Plain' });
assert.strictEqual(blob.size, 4);
assert.strictEqual(blob.type, 'text/plain');
assert.strictEqual(blob.slice(1, -1).size, 2);
assert.strictEqual(util.inspect(blob), "Blob { size: 4, type: 'text/plain' }");
assert.strictEqual(new File(['x'], 'f.txt').name, 'f.txt');
assert.throws(() => new Blob('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
Promise.all([blob.text(), blob.slice(1).arrayBuffer()]).then(([text, buf]) => {
  assert.strictEqual(text, 'abcd');
  assert.deepStrictEqual([...new Uint8Array(buf)], [98, 99, 100]);
  process.exitCode = process.exitCode || 0;
});
