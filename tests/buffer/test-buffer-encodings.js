'use strict';
// Encoding round trips and node's results on malformed input.
const assert = require('assert');
const { Buffer } = require('buffer');

const hex = (b) => b.toString('hex');
// utf8: lone surrogates -> EF BF BD; invalid sequences -> U+FFFD per WHATWG.
assert.strictEqual(hex(Buffer.from('\ud800x\udc00')), 'efbfbd78efbfbd');
assert.strictEqual(Buffer.from([0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80, 0xc0, 0x80, 0xe2, 0x82]).toString(),
                   '\ufffd\ufffd\ufffd\ud83d\ude00\ufffd\ufffd\ufffd');
assert.strictEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString(), '\ufeffA'); // BOM kept
assert.strictEqual(Buffer.from('€'.repeat(40)).toString('utf8', 1), '\ufffd\ufffd' + '€'.repeat(39));
// latin1 / ascii
assert.strictEqual(hex(Buffer.from('é€', 'latin1')), 'e9ac');
assert.strictEqual(hex(Buffer.from('é€', 'ascii')), 'e9ac');
assert.strictEqual(Buffer.from([0xe9, 0x41, 0xff]).toString('ascii'), 'iA\x7f');
// ...from a copy: the buffer itself keeps its high bits.
const high = Buffer.from([0xe9, 0x41, 0xff]);
assert.strictEqual(high.toString('ascii', 1), 'A\x7f');
assert.deepStrictEqual([...high], [0xe9, 0x41, 0xff]);
assert.strictEqual(Buffer.from([0xe9, 0x41]).toString('binary'), 'éA');
// utf16le
assert.strictEqual(hex(Buffer.from('a€', 'ucs2')), '6100ac20');
assert.strictEqual(Buffer.from('abc').toString('utf16le'), '扡');
assert.strictEqual(Buffer.from('xabcd').subarray(1).toString('UTF-16LE'), '扡摣');
// base64: whitespace, missing padding, url-safe chars, '=' ends data
assert.strictEqual(Buffer.from(' aGV sbG8=\n', 'base64').toString(), 'hello');
assert.strictEqual(Buffer.from('aGVsbG8', 'base64').toString(), 'hello');
assert.strictEqual(hex(Buffer.from('a-_b', 'base64')), '6befdb');
assert.strictEqual(hex(Buffer.from('aGVs=bG8', 'base64')), '68656c');
assert.strictEqual(hex(Buffer.from('a', 'base64')), '');
assert.strictEqual(hex(Buffer.from('ab==cd', 'base64')), '69');
assert.strictEqual(Buffer.byteLength(' aGV sbG8=\n', 'base64'), 8);
assert.strictEqual(Buffer.byteLength('aGVs=bG8', 'base64'), 6);
assert.strictEqual(Buffer.from([250, 251, 252, 253]).toString('base64'), '+vv8/Q==');
assert.strictEqual(Buffer.from([250, 251, 252, 253]).toString('base64url'), '-vv8_Q');
assert.strictEqual(Buffer.from('-vv8_Q', 'base64url').toString('hex'), 'fafbfcfd');
// hex stops at the first bad pair; odd trailing digit ignored
assert.strictEqual(hex(Buffer.from('abzz12', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('abc', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('a', 'hex')), '');
// encoding names
assert.strictEqual(Buffer.isEncoding('UcS-2'), true);
assert.strictEqual(Buffer.isEncoding('utf16-le'), false);
assert.strictEqual(Buffer.isEncoding(''), false);
assert.strictEqual(Buffer.isEncoding('BASE64URL'), true);
assert.strictEqual(Buffer.from('ab', '').toString(), 'ab');
assert.throws(() => Buffer.from('x', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
assert.throws(() => Buffer.alloc(1).toString(''), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: ' });
assert.throws(() => Buffer.alloc(1).toString(null), { name: 'TypeError', message: 'Unknown encoding: null' });
assert.strictEqual(Buffer.byteLength('abc', 'bogus'), 3);
assert.strictEqual(Buffer.byteLength('€😀'), 7);
assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (5)',
});
// toString ranges
assert.strictEqual(Buffer.from('hello').toString('utf8', -1, 100), 'hello');
assert.strictEqual(Buffer.from('hello').toString('utf8', '1', '3'), 'el');
assert.strictEqual(Buffer.from('hello').toString('hex', 4, 2), '');
// write
const w = Buffer.alloc(4);
assert.strictEqual(w.write('€€', 1), 3);
assert.strictEqual(hex(w), '00e282ac');
assert.strictEqual(Buffer.from('hello').write('€€', 3), 0);
assert.strictEqual(Buffer.alloc(4).write('abc', 'hex'), 1);
assert.strictEqual(Buffer.alloc(4).write('ab', 0, 'hex'), 1);
assert.throws(() => Buffer.alloc(4).write(5), { code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string' });
assert.throws(() => Buffer.alloc(4).write('ab', 1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be an integer. Received 1.5' });
assert.throws(() => Buffer.alloc(4).write('ab', 0, 10), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "length" is out of range. It must be >= 0 && <= 4. Received 10' });
assert.throws(() => Buffer.from('hello').write('xx', 10), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 && <= 5. Received 10' });
assert.throws(() => Buffer.alloc(4).write('ab', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
// big strings take the native codec path
const big = 'héllo wörld 😀 '.repeat(2000);
assert.strictEqual(Buffer.from(big).toString(), big);
assert.strictEqual(Buffer.from(Buffer.from(big).toString('base64'), 'base64').toString(), big);
assert.strictEqual(Buffer.from(Buffer.from(big).toString('hex'), 'hex').toString(), big);
assert.strictEqual(Buffer.from(big, 'utf16le').toString('utf16le'), big);
// transcode, isUtf8, isAscii, atob/btoa
const { transcode, isUtf8, isAscii, atob, btoa } = require('buffer');
assert.strictEqual(hex(transcode(Buffer.from('hé€'), 'utf8', 'latin1')), '68e93f');
assert.strictEqual(hex(transcode(Buffer.from('hé'), 'utf8', 'ucs2')), '6800e900');
assert.throws(() => transcode(Buffer.from('h'), 'utf8', 'hex'), {
  code: 'U_ILLEGAL_ARGUMENT_ERROR', message: 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]' });
assert.strictEqual(isUtf8(Buffer.from([0xc0])), false);
assert.strictEqual(isUtf8(Buffer.from('héllo')), true);
assert.strictEqual(isAscii(Buffer.from('hello')), true);
assert.strictEqual(isAscii(new Uint8Array([0x80])), false);
assert.throws(() => isAscii('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string (\'x\')',
});
assert.strictEqual(btoa('hello\xff'), 'aGVsbG//');
assert.strictEqual(atob(' aGVs bG8\n'), 'hello');
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.throws(() => btoa('\u0100'), { name: 'InvalidCharacterError', message: 'Invalid character' });
assert.throws(() => atob('abc=d'), { name: 'InvalidCharacterError', message: 'Invalid character' });
assert.throws(() => atob('a'), { name: 'InvalidCharacterError', message: 'The string to be decoded is not correctly encoded.' });
assert.throws(() => atob(), { code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be specified' });
