'use strict';
// fs streams move bytes without copies when they use fs.read/fs.write themselves: the chunks must
// still be node's (64 KiB, a short last one), land intact, and a patched fs.read or an options.fs
// must still be called.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');
const { mustCall, mustSucceed } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fs-chunks-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const src = path.join(dir, 'src');
const size = 3 * 65536 + 123;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i++) data[i] = (i * 31 + (i >> 8)) & 0xff;
fs.writeFileSync(src, data);

// Chunk sizes and contents, and a copy through pipeline.
{
  const lengths = [];
  const rs = fs.createReadStream(src);
  rs.on('data', (chunk) => {
    assert.ok(Buffer.isBuffer(chunk));
    assert.strictEqual(chunk.buffer.byteLength, chunk.length);
    lengths.push(chunk.length);
  });
  const dst = path.join(dir, 'copy');
  pipeline(rs, fs.createWriteStream(dst), mustSucceed(() => {
    assert.deepStrictEqual(lengths, [65536, 65536, 65536, 123]);
    assert.strictEqual(rs.bytesRead, size);
    assert.ok(fs.readFileSync(dst).equals(data));
  }));
}

// Pieces of read chunks (views at an offset) written in another order, at positions.
{
  const dst = path.join(dir, 'pieces');
  fs.writeFileSync(dst, Buffer.alloc(size));
  const chunks = [];
  fs.createReadStream(src).on('data', (c) => chunks.push(c)).on('end', mustCall(() => {
    const ws = fs.createWriteStream(dst, { flags: 'r+', start: 0 });
    // The second half of each chunk, then the first half, each at its place in the file.
    let pos = 0;
    const writes = [];
    for (const c of chunks) {
      const half = c.length >> 1;
      writes.push([c.subarray(half), pos + half], [c.subarray(0, half), pos]);
      pos += c.length;
    }
    (function next() {
      const w = writes.shift();
      if (!w) {
        ws.end(mustCall(() => assert.ok(fs.readFileSync(dst).equals(data))));
        return;
      }
      ws.pos = w[1];
      ws.write(w[0], next);
    })();
  }));
}

// start/end.
fs.createReadStream(src, { start: 65530, end: 65545 }).on('data', mustCall((c) => {
  assert.ok(c.equals(data.subarray(65530, 65546)));
}));

// A patched fs.read is the one a ReadStream calls.
{
  const original = fs.read;
  let calls = 0;
  const rs = fs.createReadStream(src);
  fs.read = function(fd, ...rest) {
    if (fd === rs.fd) calls++;
    return Reflect.apply(original, this, [fd, ...rest]);
  };
  const got = [];
  rs.on('data', (c) => got.push(c)).on('end', mustCall(() => {
    fs.read = original;
    assert.strictEqual(calls, 5); // four chunks and the read that finds the end
    assert.ok(Buffer.concat(got).equals(data));
  }));
}

// options.fs: its read and write are used.
{
  let reads = 0;
  let writes = 0;
  const dst = path.join(dir, 'custom');
  const rs = fs.createReadStream(src, { fs: { open: fs.open, close: fs.close, read: (...a) => { reads++; fs.read(...a); } } });
  const ws = fs.createWriteStream(dst, { fs: { open: fs.open, close: fs.close, write: (...a) => { writes++; fs.write(...a); } } });
  pipeline(rs, ws, mustSucceed(() => {
    assert.strictEqual(reads, 5);
    assert.strictEqual(writes, 4);
    assert.ok(fs.readFileSync(dst).equals(data));
  }));
}
