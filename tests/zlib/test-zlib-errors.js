'use strict';
const assert = require('assert');
const zlib = require('zlib');
const { mustCall, mustNotCall } = require('../common');

const gz = zlib.gzipSync('hello');
const flip = (buf, at) => {
  const b = Buffer.from(buf);
  b[at < 0 ? b.length + at : at] ^= 1;
  return b;
};
const dataError = (message) => ({ name: 'Error', message, code: 'Z_DATA_ERROR', errno: -3 });
const eof = { name: 'Error', message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5 };

// Corrupt input, as zlib reports it.
assert.throws(() => zlib.gunzipSync(Buffer.from('hello world')), dataError('incorrect header check'));
assert.throws(() => zlib.inflateSync(Buffer.from('hello world')), dataError('incorrect header check'));
assert.throws(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])), dataError('invalid block type'));
assert.throws(() => zlib.gunzipSync(flip(gz, -6)), dataError('incorrect data check'));
assert.throws(() => zlib.gunzipSync(flip(gz, -2)), dataError('incorrect length check'));
assert.throws(() => zlib.gunzipSync(Buffer.concat([gz, Buffer.from('garbage')])), dataError('incorrect header check'));
assert.throws(() => zlib.inflateSync(flip(zlib.deflateSync('hello'), -1)), dataError('incorrect data check'));
// Truncated and empty input.
assert.throws(() => zlib.gunzipSync(gz.subarray(0, gz.length - 3)), eof);
assert.throws(() => zlib.gunzipSync(Buffer.alloc(0)), eof);
assert.throws(() => zlib.inflateSync(Buffer.alloc(0)), eof);
// Dictionaries.
const withDict = zlib.deflateSync('abc', { dictionary: Buffer.from('abc') });
assert.throws(() => zlib.inflateSync(withDict), { message: 'Missing dictionary', code: 'Z_NEED_DICT', errno: 2 });
assert.throws(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('abd') }),
              { message: 'Bad dictionary', code: 'Z_NEED_DICT', errno: 2 });

// The callback and stream forms report the same errors.
zlib.gunzip(Buffer.from('not gzip data'), mustCall((err, out) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(out, undefined);
}));
const g = zlib.createGunzip();
g.on('end', mustNotCall());
g.on('error', mustCall((err) => {
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
  assert.strictEqual(err.message, 'unexpected end of file');
}));
g.end(gz.subarray(0, 12));
const i = zlib.createInflate();
i.on('error', mustCall((err) => assert.strictEqual(err.code, 'Z_DATA_ERROR')));
i.on('close', mustCall(() => assert.strictEqual(i.destroyed, true)));
i.write(Buffer.from('xxxxxxxx'));

// Bad arguments.
assert.throws(() => zlib.gzipSync(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, ' +
           'or ArrayBuffer. Received type number (5)',
});
assert.throws(() => zlib.gzip('a'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
const range = (name, message) => ({ name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message });
assert.throws(() => zlib.gzipSync('a', { level: 11 }),
              range('level', 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 11'));
assert.throws(() => zlib.gzipSync('a', { windowBits: 8 }),
              range('wb', 'The value of "options.windowBits" is out of range. It must be >= 9 and <= 15. Received 8'));
assert.throws(() => zlib.createGzip({ chunkSize: 10 }),
              range('cs', 'The value of "options.chunkSize" is out of range. It must be >= 64. Received 10'));
assert.throws(() => zlib.deflateSync('a', { memLevel: 10 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.deflateSync('a', { strategy: 5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.createGunzip({ finishFlush: 9 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.deflateSync('a', { level: Infinity }), range('inf',
  'The value of "options.level" is out of range. It must be a finite number. Received Infinity'));
assert.throws(() => zlib.deflateSync('a', { level: 'a' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.deflateSync('a', { dictionary: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.gzipSync('a', { maxOutputLength: 2 }), {
  name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE', message: 'Cannot create a Buffer larger than 2 bytes',
});
// Inflate with windowBits 0 (from the header) is allowed; raw inflate has no header to read it from.
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('w'), { windowBits: 0 }).toString(), 'w');
assert.throws(() => zlib.inflateRawSync(Buffer.alloc(1), { windowBits: 0 }), { code: 'ERR_OUT_OF_RANGE' });
