'use strict';
// Conversions of big buffers and strings (jnode hands these to Java): every rule for invalid input
// must give what node gives, and big results must equal the same conversion done in small pieces.
const assert = require('assert');
const { Buffer } = require('buffer');

const BIG = 20000; // well above any size where a runtime might switch implementations

// --- utf8 decoding: each maximal subpart of a bad sequence is one U+FFFD ---------------------
// [bytes, how many U+FFFD they decode to when an ASCII byte follows]
const badUtf8 = [
  ['c0af', 2], // overlong '/'
  ['e080af', 3], // overlong, three bytes
  ['f08080af', 4], // overlong, four bytes
  ['eda080', 3], // a high surrogate encoded in UTF-8
  ['edbfbf', 3], // a low surrogate encoded in UTF-8
  ['f4908080', 4], // above U+10FFFF
  ['f5', 1], ['ff', 1], ['fefe', 2], // never valid
  ['80bf', 2], // lone continuation bytes
  ['c2', 1], ['e282', 1], ['f09f98', 1], // truncated sequences
  ['eda0', 2], ['e0a0', 1], ['f0', 1],
];
const filler = 'a'.repeat(BIG);
for (const [hex, count] of badUtf8) {
  const bytes = Buffer.concat([Buffer.from(filler), Buffer.from(hex + '78', 'hex'), Buffer.from(filler)]);
  const want = filler + '\ufffd'.repeat(count) + 'x' + filler;
  assert.strictEqual(bytes.toString('utf8'), want, `utf8 decoding of ${hex}`);
  assert.strictEqual(bytes.toString('utf8', BIG - 1, BIG + hex.length / 2 + 2), `a${'\ufffd'.repeat(count)}xa`);
  // At the very end of the buffer.
  const tail = Buffer.concat([Buffer.from(filler), Buffer.from(hex, 'hex')]);
  assert.strictEqual(tail.toString(), filler + '\ufffd'.repeat(count), `utf8 decoding of ${hex} at the end`);
}

// A valid text with one- to four-byte characters decodes and encodes back unchanged.
const text = 'plain, ünïcödé, 漢字 and 😀 '.repeat(2000);
const encoded = Buffer.from(text);
assert.strictEqual(encoded.length, Buffer.byteLength(text));
assert.strictEqual(encoded.toString(), text);
assert.deepStrictEqual(encoded.subarray(0, 18), Buffer.from('plain, ünïcödé'));
// A valid U+FFFD in the input stays one character.
assert.strictEqual(Buffer.from(`${filler}\ufffd`).toString(), `${filler}\ufffd`);

// --- utf8 encoding: a lone surrogate is EF BF BD ---------------------------------------------
for (const [str, hex] of [
  ['\ud800', 'efbfbd'], ['\udc00', 'efbfbd'], ['\udc00\ud800', 'efbfbdefbfbd'],
  ['\ud83d\ude00', 'f09f9880'], ['\ud83dx', 'efbfbd78'],
]) {
  const b = Buffer.from(filler + str + filler);
  assert.strictEqual(b.length, BIG * 2 + hex.length / 2, `utf8 length of ${JSON.stringify(str)}`);
  assert.strictEqual(b.toString('hex', BIG, BIG + hex.length / 2), hex);
  assert.strictEqual(Buffer.byteLength(filler + str), BIG + hex.length / 2);
}
assert.strictEqual(Buffer.from(filler + '\ud800').toString('hex', BIG), 'efbfbd'); // high surrogate last

// write() stops before a character that does not fit.
{
  const b = Buffer.alloc(BIG + 2, 0);
  assert.strictEqual(b.write(`${filler}€`), BIG);
  assert.strictEqual(b[BIG], 0);
  assert.strictEqual(b.write(`${filler}é`), BIG + 2);
  assert.strictEqual(b.write(`${filler}😀`, 0), BIG);
  assert.strictEqual(Buffer.alloc(BIG + 3).write(`${filler}\ud800`), BIG + 3);
  assert.strictEqual(b.write(`x${filler}`, 5, 'utf8'), BIG - 3);
  assert.strictEqual(b.toString('latin1', 4, 7), 'axa');
}

// --- base64 ------------------------------------------------------------------------------------
const bytes = Buffer.alloc(BIG * 3);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
const b64 = bytes.toString('base64');
// Encoding the whole equals encoding 3-byte-aligned pieces (small ones take another path).
let pieces = '';
for (let i = 0; i < bytes.length; i += 300) pieces += bytes.toString('base64', i, i + 300);
assert.strictEqual(b64, pieces);
assert.strictEqual(bytes.toString('base64url'), b64.replace(/\+/g, '-').replace(/\//g, '_'));
assert.strictEqual(bytes.subarray(1).toString('base64').slice(-4), bytes.subarray(-2).toString('base64'));
assert.strictEqual(bytes.subarray(1).toString('base64url').slice(-3), bytes.subarray(-2).toString('base64url'));
// Lengths around the encoder's 48 KiB slice: every slice's padding but the last is dropped, and
// base64url drops the last one too.
const wide = Buffer.alloc(100000);
for (let i = 0; i < wide.length; i++) wide[i] = (i * 131) & 0xff;
for (const n of [49151, 49152, 49153, 98305]) {
  const part = wide.subarray(7, 7 + n);
  const whole = part.toString('base64');
  assert.strictEqual(whole.length, Math.ceil(n / 3) * 4);
  assert.strictEqual(whole.indexOf('='), n % 3 === 0 ? -1 : whole.length - (3 - n % 3));
  assert.strictEqual(part.toString('base64url'), whole.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
  assert.deepStrictEqual(Buffer.from(whole, 'base64'), part);
}
assert.deepStrictEqual(Buffer.from(b64, 'base64'), bytes);
assert.deepStrictEqual(Buffer.from(b64, 'base64url'), bytes);
// Lenient decoding: whitespace and other characters are skipped, both alphabets are read.
const wrapped = b64.replace(/.{76}/g, '$&\r\n').replace(/A/g, ' A\t');
assert.deepStrictEqual(Buffer.from(wrapped, 'base64'), bytes);
assert.deepStrictEqual(Buffer.from(b64.replace(/\+/g, '-').replace(/\//g, '_'), 'base64'), bytes);
assert.deepStrictEqual(Buffer.from(`${b64}!!**`, 'base64'), bytes);
// '=' ends the data, wherever it is.
assert.deepStrictEqual(Buffer.from(`${b64.slice(0, 4000)}=${b64.slice(4000)}`, 'base64'), bytes.subarray(0, 3000));
assert.deepStrictEqual(Buffer.from(`${b64.slice(0, 4002)}==${b64}`, 'base64'), bytes.subarray(0, 3001));
// ...also when it ends a stretch of 16384 quanta (the strict decoder's slice), or falls late.
for (const at of [16384, 32768, 65536, 79996]) {
  const cut = `${b64.slice(0, at - 2)}==${b64.slice(at)}`;
  assert.deepStrictEqual(Buffer.from(cut, 'base64'), bytes.subarray(0, (at - 4) / 4 * 3 + 1), `'==' at ${at}`);
}
// A character outside the alphabet late in the data is skipped there; the other alphabet is read.
for (const c of ['.', '?', '\u0100', '\n']) {
  assert.deepStrictEqual(Buffer.from(`${b64.slice(0, 70000)}${c}${b64.slice(70000)}`, 'base64'), bytes, JSON.stringify(c));
}
const lastPlus = b64.lastIndexOf('+');
assert(lastPlus > 66000);
assert.deepStrictEqual(Buffer.from(`${b64.slice(0, lastPlus)}-${b64.slice(lastPlus + 1)}`, 'base64'), bytes);
// A write into less room than the data stops at the last whole byte that fits.
for (const room of [3000, 3001, 3002]) {
  const into = Buffer.alloc(room);
  assert.strictEqual(into.write(b64, 'base64'), room);
  assert.deepStrictEqual(into, bytes.subarray(0, room));
}
// Missing padding: the trailing characters still give their whole bytes.
const odd = bytes.subarray(0, BIG * 3 - 1);
assert.deepStrictEqual(Buffer.from(odd.toString('base64').replace(/=+$/, ''), 'base64'), odd);
assert.deepStrictEqual(Buffer.from(`${b64}Q`, 'base64'), bytes); // a lone 6 bits make no byte
assert.deepStrictEqual(Buffer.from(`${b64}QQ`, 'base64'), Buffer.concat([bytes, Buffer.from('A')]));
// A two-byte string: each character counts by its low byte (U+0141 reads as 'A', U+0100 is skipped).
assert.deepStrictEqual(Buffer.from(`${b64.slice(0, 8000)}\u0100\u0141QQ`, 'base64'),
                       Buffer.concat([bytes.subarray(0, 6000), Buffer.from('AQQ', 'base64')]));
// write() into a smaller buffer keeps what fits.
{
  const b = Buffer.alloc(5000);
  assert.strictEqual(b.write(b64, 'base64'), 5000);
  assert.deepStrictEqual(b, bytes.subarray(0, 5000));
  assert.strictEqual(b.write(b64, 10, 7, 'base64'), 7);
  assert.deepStrictEqual(b.subarray(10, 17), bytes.subarray(0, 7));
}

// --- hex --------------------------------------------------------------------------------------
const hex = bytes.toString('hex');
assert.strictEqual(hex.length, bytes.length * 2);
assert.strictEqual(hex.slice(0, 6), bytes.subarray(0, 3).toString('hex'));
assert.deepStrictEqual(Buffer.from(hex, 'hex'), bytes);
assert.deepStrictEqual(Buffer.from(hex.toUpperCase(), 'hex'), bytes);
// Decoding stops at the first pair that is not two hex digits.
assert.deepStrictEqual(Buffer.from(`${hex.slice(0, 9000)}zz${hex}`, 'hex'), bytes.subarray(0, 4500));
assert.deepStrictEqual(Buffer.from(`${hex.slice(0, 9000)}1g${hex}`, 'hex'), bytes.subarray(0, 4500));
assert.deepStrictEqual(Buffer.from(`${hex.slice(0, 9001)}${hex}`, 'hex').subarray(0, 4500), bytes.subarray(0, 4500));
// A two-byte string: each character counts by its low byte (U+0661 U+0662 read as 'ab').
assert.deepStrictEqual(Buffer.from(`${hex.slice(0, 9000)}\u0661\u0662`, 'hex'),
                       Buffer.concat([bytes.subarray(0, 4500), Buffer.from([0xab])]));
assert.deepStrictEqual(Buffer.from('\u0661\u0662', 'hex'), Buffer.from([0xab]));
assert.deepStrictEqual(Buffer.from(`${hex}a`, 'hex'), bytes); // a trailing odd digit is dropped
{
  const b = Buffer.alloc(4100);
  assert.strictEqual(b.write(hex, 'hex'), 4100);
  assert.deepStrictEqual(b, bytes.subarray(0, 4100));
}

// --- latin1 and ascii ---------------------------------------------------------------------------
const latin1 = bytes.toString('latin1');
assert.strictEqual(latin1.length, bytes.length);
assert.strictEqual(latin1.charCodeAt(1), bytes[1]);
assert.deepStrictEqual(Buffer.from(latin1, 'latin1'), bytes);
assert.deepStrictEqual(Buffer.from(latin1, 'binary'), bytes);
// A character above U+00FF writes its low byte.
assert.deepStrictEqual(Buffer.from(`${filler}\u0141\u20ac`, 'latin1').subarray(BIG), Buffer.from([0x41, 0xac]));
assert.deepStrictEqual(Buffer.from(`${filler}\u0141`, 'ascii').subarray(BIG), Buffer.from([0x41]));
// ascii decoding clears the high bit of every byte.
const ascii = bytes.toString('ascii');
assert.strictEqual(ascii.length, bytes.length);
for (const i of [0, 1, 2, 3, 1000, bytes.length - 1]) assert.strictEqual(ascii.charCodeAt(i), bytes[i] & 0x7f);
assert.strictEqual(ascii, bytes.map((b) => b & 0x7f).toString('latin1'));

// --- hex and latin1 writes of big strings (Java writes them a slice at a time) -------------------
{
  const big = Buffer.alloc(1600000);
  for (let i = 0; i < big.length; i++) big[i] = (i * 131 + (i >> 8)) & 0xff;
  const hexStr = big.toString('hex');
  assert.deepStrictEqual(Buffer.from(hexStr, 'hex'), big);
  assert.deepStrictEqual(Buffer.from(hexStr.toUpperCase(), 'hex'), big);
  assert.deepStrictEqual(Buffer.from(`${hexStr}f`, 'hex'), big); // an odd last digit is dropped
  // Decoding stops at the first pair that is not two hex digits, wherever it falls: inside a
  // slice, at either side of a slice's end (Java's 64 Ki chars, the scratch's 1.5 Mi chars).
  for (const at of [10, 65534, 65536, 65538, 1572862, 1572864, 1572866]) {
    const bad = `${hexStr.slice(0, at)}zz${hexStr.slice(at + 2)}`;
    assert.deepStrictEqual(Buffer.from(bad, 'hex'), big.subarray(0, at / 2), `bad pair at ${at}`);
  }
  // A write into less room than the data, at an offset, leaves the rest of the buffer alone.
  const into = Buffer.alloc(big.length, 7);
  assert.strictEqual(into.write(hexStr, 3, big.length - 10, 'hex'), big.length - 10);
  assert.deepStrictEqual(into.subarray(3, big.length - 7), big.subarray(0, big.length - 10));
  assert.deepStrictEqual([...into.subarray(0, 3), ...into.subarray(big.length - 7)], Array(10).fill(7));

  const latin1Str = big.toString('latin1');
  assert.deepStrictEqual(Buffer.from(latin1Str, 'latin1'), big);
  assert.deepStrictEqual(Buffer.from(latin1Str, 'ascii'), big); // node writes ascii as latin1
  // Each char's low byte, also in a two-byte string.
  assert.deepStrictEqual(Buffer.from(`${latin1Str}\u0141\u20ac`, 'latin1'),
                         Buffer.concat([big, Buffer.from([0x41, 0xac])]));
  assert.strictEqual(Buffer.alloc(5).write(latin1Str, 1, 'latin1'), 4);
}
