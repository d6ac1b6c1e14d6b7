'use strict';
// A string longer than buffer.constants.MAX_STRING_LENGTH (V8's 2 ** 29 - 24) is refused as node
// refuses it: ERR_STRING_TOO_LONG from Buffer#toString and StringDecoder, judged from the byte count
// before any decoding, and "Invalid string length" from the engine itself.
const assert = require('assert');
const { constants: { MAX_STRING_LENGTH } } = require('buffer');
const { StringDecoder } = require('string_decoder');

assert.strictEqual(MAX_STRING_LENGTH, 2 ** 29 - 24);
const tooLong = { name: 'Error', code: 'ERR_STRING_TOO_LONG',
                  message: 'Cannot create a string longer than 0x1fffffe8 characters' };
const big = Buffer.allocUnsafe(MAX_STRING_LENGTH + 1);
assert.throws(() => big.toString(), tooLong);
assert.throws(() => big.toString('utf8'), tooLong);
assert.throws(() => big.toString('latin1'), tooLong);
assert.throws(() => big.toString('ascii', 0), tooLong);
// Encodings that grow: hex doubles, base64 takes 4 characters per 3 bytes.
const half = big.subarray(0, MAX_STRING_LENGTH / 2 + 1);
assert.throws(() => half.toString('hex'), tooLong);
assert.throws(() => big.subarray(0, (MAX_STRING_LENGTH / 4) * 3 + 3).toString('base64'), tooLong);
// ucs2 halves: the whole buffer fits as utf16le.
assert.strictEqual(big.subarray(0, 8).toString('ucs2').length, 4);
assert.throws(() => new StringDecoder('latin1').write(big), tooLong);
assert.throws(() => new StringDecoder('utf8').write(big), tooLong);
assert.throws(() => ' '.repeat(MAX_STRING_LENGTH + 1), { name: 'RangeError', message: 'Invalid string length' });
// Just under the limit still works.
assert.strictEqual(big.toString('latin1', 1).length, MAX_STRING_LENGTH);
