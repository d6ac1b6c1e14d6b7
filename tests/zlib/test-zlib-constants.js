'use strict';
const assert = require('assert');
const zlib = require('zlib');
const { builtinModules } = require('module');
const { isJnode } = require('../common');

// Both names load the same module, and it is listed.
assert.strictEqual(require('node:zlib'), zlib);
assert.strictEqual(require('node:crypto'), require('crypto'));
assert.ok(builtinModules.includes('zlib'));
assert.ok(builtinModules.includes('crypto'));

// zlib.constants and the legacy top-level names.
const c = zlib.constants;
assert.deepStrictEqual(
  [c.Z_NO_FLUSH, c.Z_PARTIAL_FLUSH, c.Z_SYNC_FLUSH, c.Z_FULL_FLUSH, c.Z_FINISH, c.Z_BLOCK], [0, 1, 2, 3, 4, 5]);
assert.deepStrictEqual([c.Z_OK, c.Z_STREAM_END, c.Z_NEED_DICT, c.Z_DATA_ERROR, c.Z_BUF_ERROR], [0, 1, 2, -3, -5]);
assert.deepStrictEqual([c.Z_BEST_SPEED, c.Z_BEST_COMPRESSION, c.Z_DEFAULT_COMPRESSION], [1, 9, -1]);
assert.deepStrictEqual([c.DEFLATE, c.INFLATE, c.GZIP, c.GUNZIP, c.DEFLATERAW, c.INFLATERAW, c.UNZIP],
                       [1, 2, 3, 4, 5, 6, 7]);
assert.strictEqual(c.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(c.BROTLI_MAX_QUALITY, 11);
assert.strictEqual(zlib.Z_OK, 0);
assert.strictEqual(zlib.Z_BEST_COMPRESSION, 9);
assert.strictEqual(zlib.Z_DEFAULT_CHUNK, 16384);
assert.ok(!Object.keys(zlib).includes('Z_OK'));
assert.strictEqual(zlib.BROTLI_MAX_QUALITY, undefined);
assert.throws(() => { zlib.Z_OK = 5; }, TypeError);
assert.strictEqual(zlib.Z_OK, 0);
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.ok(Object.isFrozen(zlib.codes));

// The surface node 20 has (Brotli in jnode: present, but it throws).
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
                    'createGzip', 'gzipSync', 'gzip', 'unzip', 'unzipSync', 'createUnzip',
                    'BrotliCompress', 'createBrotliCompress', 'brotliCompressSync']) {
  assert.strictEqual(typeof zlib[name], 'function', name);
}
if (isJnode) {
  assert.throws(() => zlib.createBrotliCompress(), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The createBrotliCompress method is not implemented',
  });
  assert.throws(() => zlib.brotliDecompressSync(Buffer.alloc(1)), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
}
