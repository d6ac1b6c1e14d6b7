'use strict';
// Whose I/O a file stream uses: an `fs` option's writev gets the chunks that queued up (and an fs
// without writev gets them one write each); a stream on a FileHandle reads and writes through the
// handle's own methods, holds the handle open while it works, and closes when the handle is closed.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = common.tmpdir();
const file = (name) => path.join(dir, name);

// Three writes before the file is open queue up: with writev they go in one call.
{
  const calls = { write: 0, writev: [] };
  const custom = {
    open: fs.open,
    close: fs.close,
    write(...args) { calls.write++; return fs.write(...args); },
    writev(fd, chunks, pos, cb) { calls.writev.push(chunks.length); return fs.writev(fd, chunks, pos, cb); },
  };
  const s = fs.createWriteStream(file('writev.txt'), { fs: custom });
  s.write('a');
  s.write('b');
  s.write('c');
  s.end();
  s.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(file('writev.txt'), 'utf8'), 'abc');
    assert.deepStrictEqual(calls, { write: 0, writev: [3] });
    assert.strictEqual(s.bytesWritten, 3);
  }));
}

// Without writev, each queued chunk is a write of its own.
{
  let writes = 0;
  const custom = { open: fs.open, close: fs.close, write(...args) { writes++; return fs.write(...args); } };
  const s = fs.createWriteStream(file('write.txt'), { fs: custom });
  s.write('a');
  s.write('b');
  s.end('c');
  s.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(file('write.txt'), 'utf8'), 'abc');
    assert.strictEqual(writes, 3);
  }));
}

assert.throws(() => fs.createWriteStream(file('bad.txt'), { fs: { open: fs.open, writev: 1 } }),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"options\.fs\.writev" property must be of type function/ });

(async () => {
  // A FileHandle's own (here wrapped) methods do a stream's I/O.
  fs.writeFileSync(file('handle.txt'), 'hello world');
  const reader = await fs.promises.open(file('handle.txt'), 'r');
  let reads = 0;
  const read = reader.read;
  reader.read = function(...args) { reads++; return Reflect.apply(read, this, args); };
  let text = '';
  for await (const chunk of fs.createReadStream(null, { fd: reader, encoding: 'utf8' })) text += chunk;
  assert.strictEqual(text, 'hello world');
  assert.ok(reads >= 1, `reads: ${reads}`);
  assert.strictEqual(reader.fd, -1); // autoClose closed the handle

  const writer = await fs.promises.open(file('handle-out.txt'), 'w');
  let writes = 0;
  const write = writer.write;
  writer.write = function(...args) { writes++; return Reflect.apply(write, this, args); };
  await new Promise((resolve, reject) => fs.createWriteStream(null, { fd: writer }).on('error', reject).end('out', resolve));
  assert.ok(writes >= 1, `writes: ${writes}`);
  assert.strictEqual(fs.readFileSync(file('handle-out.txt'), 'utf8'), 'out');

  // Closing the handle under an open stream closes the stream, with no error and no EBADF.
  const early = await fs.promises.open(file('handle.txt'), 'r');
  const s = fs.createReadStream(null, { fd: early });
  s.on('error', common.mustNotCall());
  const closed = new Promise((resolve) => s.on('close', resolve));
  await early.close();
  await closed;
  assert.strictEqual(early.fd, -1);

  // An fs option has nothing to replace on a FileHandle.
  const other = await fs.promises.open(file('handle.txt'), 'r');
  assert.throws(() => fs.createReadStream(null, { fd: other, fs }), {
    name: 'Error', code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The FileHandle with fs method is not implemented',
  });
  await other.close();
})().then(common.mustCall());
