'use strict';
const assert = require('assert');
const zlib = require('zlib');
const { promisify } = require('util');
const { Transform } = require('stream');
const { mustCall, mustSucceed } = require('../common');

// Text that compresses, plus bytes that don't.
const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(2000));
const noise = require('crypto').randomBytes(100000);
const pairs = [
  ['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'], ['deflate', 'unzip'],
];

for (const [c, d] of pairs) {
  for (const input of [text, noise, Buffer.alloc(0)]) {
    const packed = zlib[`${c}Sync`](input);
    assert.deepStrictEqual(zlib[`${d}Sync`](packed), input, `${c}/${d}`);
  }
  assert.ok(zlib[`${c}Sync`](text).length < text.length / 20, c);
  // Strings, ArrayBuffers and typed arrays in.
  assert.strictEqual(zlib[`${d}Sync`](zlib[`${c}Sync`]('text in')).toString(), 'text in');
  const ab = new Uint8Array(zlib[`${c}Sync`]('ab')).buffer;
  assert.strictEqual(zlib[`${d}Sync`](ab).toString(), 'ab');
  // Callback and promise forms.
  zlib[c](text, mustSucceed((packed) => {
    zlib[d](packed, mustSucceed((out) => assert.deepStrictEqual(out, text)));
  }));
  promisify(zlib[c])(noise, { level: 1 }).then((packed) => promisify(zlib[d])(packed))
    .then(mustCall((out) => assert.deepStrictEqual(out, noise)));
}

// Known outputs (the same bytes node's zlib writes).
assert.strictEqual(zlib.gzipSync('hello').toString('hex'), '1f8b0800000000000003cb48cdc9c9070086a6103605000000');
assert.strictEqual(zlib.gzipSync('hello', { level: 1 }).toString('hex'),
                   '1f8b0800000000000403cb48cdc9c9070086a6103605000000');
assert.strictEqual(zlib.deflateSync('hello').toString('hex'), '789ccb48cdc9c90700062c0215');
assert.strictEqual(zlib.deflateRawSync('hello', { level: 9 }).toString('hex'), 'cb48cdc9c90700');

// Levels and strategies change the output, not the content.
const stored = zlib.deflateSync(text, { level: 0 });
assert.ok(stored.length > text.length);
for (const strategy of [0, 1, 2, 3, 4]) {
  assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(text, { strategy, level: 9 })), text);
}

// Several gzip members read as one stream; trailing zeros are padding.
const gz = zlib.gzipSync('hello');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([gz, zlib.gzipSync(' world')])).toString(), 'hello world');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(7)])).toString(), 'hello');
// A gzip header with a name, a comment and an extra field.
const named = Buffer.concat([
  Buffer.from([0x1f, 0x8b, 8, 0x1c, 0, 0, 0, 0, 0, 3, 2, 0, 0xaa, 0xbb]),
  Buffer.from('name.txt\0comment\0'), zlib.deflateRawSync('hello'), gz.subarray(gz.length - 8),
]);
assert.strictEqual(zlib.gunzipSync(named).toString(), 'hello');

// A preset dictionary.
const dictionary = Buffer.from('quick brown fox lazy dog');
const withDict = zlib.deflateSync(text, { dictionary });
assert.deepStrictEqual(zlib.inflateSync(withDict, { dictionary }), text);
assert.deepStrictEqual(zlib.inflateRawSync(zlib.deflateRawSync(text, { dictionary }), { dictionary }), text);

// info: the engine comes back too.
const info = zlib.deflateSync('x', { info: true });
assert.ok(info.engine instanceof zlib.Deflate);
assert.strictEqual(zlib.inflateSync(info.buffer).toString(), 'x');

// Streams: written in pieces, read in pieces no larger than chunkSize.
const gzip = zlib.createGzip({ chunkSize: 1024 });
assert.ok(gzip instanceof Transform);
assert.ok(zlib.Gzip() instanceof zlib.Gzip);
const gunzip = zlib.createGunzip();
const out = [];
gzip.pipe(gunzip);
gzip.on('data', (c) => assert.ok(c.length <= 1024));
gunzip.on('data', (c) => out.push(c));
gunzip.on('end', mustCall(() => assert.deepStrictEqual(Buffer.concat(out), Buffer.concat([text, noise]))));
for (let i = 0; i < text.length; i += 7000) gzip.write(text.subarray(i, i + 7000));
gzip.end(noise);

// flush() makes what was written so far decodable; params() keeps the stream going.
const deflate = zlib.createDeflate();
const flushed = [];
deflate.on('data', (c) => flushed.push(c));
deflate.write('first part ');
deflate.flush(mustCall(() => {
  const sofar = zlib.inflateSync(Buffer.concat(flushed), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.strictEqual(sofar.toString(), 'first part ');
  deflate.params(9, zlib.constants.Z_FILTERED, mustCall(() => deflate.end('second part')));
}));
deflate.on('end', mustCall(() => {
  assert.strictEqual(zlib.inflateSync(Buffer.concat(flushed)).toString(), 'first part second part');
  assert.strictEqual(deflate.bytesWritten, 'first part second part'.length);
}));

// A truncated stream reads as far as it goes with finishFlush: Z_SYNC_FLUSH.
const cut = zlib.deflateSync('hello world').subarray(0, 8);
assert.strictEqual(zlib.inflateSync(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString(), 'hello');
