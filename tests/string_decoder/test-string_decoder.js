'use strict';
// Split multi-byte characters, surrogate pairs, base64 triples, and the lastChar/lastNeed/lastTotal state.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
const B = (a) => Buffer.from(a);

let d = new StringDecoder('utf8');
assert.strictEqual(d.write(B([0xe2])), '');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.lastTotal, 3);
assert.deepStrictEqual([...d.lastChar], [0xe2, 0, 0, 0]);
assert.strictEqual(d.write(B([0x82])), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(B([0xac, 0x41])), '€A');
assert.strictEqual(d.lastNeed, 0);
// a non-continuation byte ends the held character
assert.strictEqual(d.write(B([0xe2])), '');
assert.strictEqual(d.write(B([0x41])), '\ufffdA');
// 4-byte char split 1+3
assert.strictEqual(d.write(B([0xf0])), '');
assert.strictEqual(d.write(B([0x9f, 0x98, 0x80])), '😀');
// incomplete at end -> one U+FFFD
assert.strictEqual(d.write(B([0xe2, 0x82])), '');
assert.strictEqual(d.end(), '\ufffd');
assert.strictEqual(d.end(), '');
assert.strictEqual(d.end(B([0xc3])), '\ufffd');
assert.strictEqual(d.write(B([0xc0, 0x80, 0xff])), '\ufffd\ufffd\ufffd');

d = new StringDecoder('utf16le');
assert.strictEqual(d.write(B([0x61])), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(B([0x00, 0x3d, 0xd8])), 'a');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.lastTotal, 4);
assert.strictEqual(d.write(B([0x00, 0xde])), '😀');
assert.strictEqual(d.write(B([0x3d, 0xd8, 0x62])), '\ud83d');
assert.strictEqual(d.end(), '');
assert.strictEqual(d.write(B([0x3d, 0xd8])), '');
assert.strictEqual(d.end(), '\ud83d');

d = new StringDecoder('base64');
assert.strictEqual(d.write(B('ab')), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(B('cd')), 'YWJj');
assert.strictEqual(d.end(), 'ZA==');
assert.strictEqual(new StringDecoder('base64url').end(B([0xfb, 0xff])), '-_8');

assert.strictEqual(new StringDecoder('hex').write(B([1, 255])), '01ff');
assert.strictEqual(new StringDecoder('latin1').write(B([0xe9])), 'é');
assert.strictEqual(new StringDecoder('ascii').write(B([0xe9])), 'i');
assert.strictEqual(new StringDecoder('ucs2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('BINARY').encoding, 'latin1');
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder().write('str'), 'str');
assert.strictEqual(new StringDecoder().write(new Uint16Array([0x4241])), 'AB');
assert.strictEqual(new StringDecoder().text(B('abc'), 1), 'bc');
assert.deepStrictEqual(Object.keys(new StringDecoder()), ['encoding']);
assert.throws(() => new StringDecoder('bogus'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
assert.throws(() => new StringDecoder().write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)',
});
