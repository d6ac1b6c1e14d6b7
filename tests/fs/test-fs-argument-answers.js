'use strict';
// Node's answers to edge cases of fs's arguments, and the old-style stream API: readSync with an
// explicit undefined, a null buffer, odd-length hex, empty and short buffers for FileHandle, a
// writeFile iterable that yields a non-buffer, rmdir of a file, recursive mkdir through '..',
// statfs/lchmod in fs/promises, createReadStream with new, a bad option that must not truncate the
// file, a replaced open() (graceful-fs), fs.watch's checks, and readv's promisified form.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const util = require('util');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fs-args-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'abcdef');

// readSync(fd, buffer, undefined): the options are the defaults, so the whole buffer is read.
const fd = fs.openSync(file, 'r+');
assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), undefined), 4);
assert.throws(() => fs.read(fd, { buffer: null }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readSync(fd, null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeSync(fd, 'abc', 0, 'hex'),
              { code: 'ERR_INVALID_ARG_VALUE', message: /is invalid for data of length 3/ });
fs.closeSync(fd);

// rmdir removes directories only, recursive or not; the file stays.
assert.throws(() => fs.rmdirSync(file, { recursive: true }), { code: 'ENOTDIR', syscall: 'rmdir' });
assert.ok(fs.existsSync(file));

// Recursive mkdir walks the path as given: t/a is made on the way, and the result is relative.
const cwd = process.cwd();
process.chdir(dir);
try {
  assert.strictEqual(fs.mkdirSync('t/a/../b/c', { recursive: true }), 't');
  assert.ok(fs.statSync('t/a').isDirectory());
  assert.strictEqual(fs.mkdirSync('t/b/c', { recursive: true }), undefined);
} finally {
  process.chdir(cwd);
}

// new fs.createReadStream(...) works as a call does.
const viaNew = new fs.createReadStream(file);
assert.ok(viaNew instanceof fs.ReadStream);
viaNew.destroy();

// A bad option throws before the stream opens, so the file is not truncated.
assert.throws(() => fs.createWriteStream(file, { start: '4' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), { code: 'ERR_OUT_OF_RANGE' });

// fs.watch checks its options; a missing file's error names it.
assert.throws(() => fs.watch(file, { encoding: 'nope' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.watch(file, { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.watch(path.join(dir, 'missing')), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'watch');
  assert.strictEqual(err.filename, path.join(dir, 'missing'));
  return true;
});

/** A ReadStream subclass as graceful-fs wrote them: its own open(), which emits 'open'. */
function LegacyReadStream(...args) {
  fs.ReadStream.call(this, ...args);
}
Object.setPrototypeOf(LegacyReadStream.prototype, fs.ReadStream.prototype);
Object.setPrototypeOf(LegacyReadStream, fs.ReadStream);
let legacyOpens = 0;
LegacyReadStream.prototype.open = function() {
  legacyOpens++;
  fs.open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) return this.emit('error', err);
    this.fd = fd;
    this.emit('open', fd);
  });
};

async function readAll(stream) {
  let out = '';
  for await (const chunk of stream) out += chunk;
  return out;
}

(async () => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdef', 'the bad stream option truncated the file');

  const fh = await fsp.open(file, 'r+');
  try {
    await assert.rejects(fh.read(Buffer.alloc(0), 0, 1, 0), { code: 'ERR_INVALID_ARG_VALUE' });
    await assert.rejects(fh.write(Buffer.from('zyx'), { length: 5 }), { code: 'ERR_OUT_OF_RANGE' });
    await assert.rejects(fh.write('abc', 0, 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
  } finally {
    await fh.close();
  }

  const target = path.join(dir, 'iter.txt');
  await assert.rejects(fsp.writeFile(target, { * [Symbol.iterator]() { yield 'ok'; yield 42; } }),
                       { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(fs.readFileSync(target, 'utf8'), 'ok');

  assert.strictEqual(typeof fsp.statfs, 'function');
  assert.ok((await fsp.statfs(dir)).bsize > 0);
  await assert.rejects(fsp.lchmod(file, 0o644), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });

  const vfd = fs.openSync(file, 'r');
  const { bytesRead, buffers } = await util.promisify(fs.readv)(vfd, [Buffer.alloc(2), Buffer.alloc(3)], 0);
  fs.closeSync(vfd);
  assert.strictEqual(bytesRead, 5);
  assert.deepStrictEqual(buffers.map(String), ['ab', 'cde']);

  // The replaced open() is called once, the stream reads after its 'open', and 'open' listeners
  // see the fd.
  const legacy = new LegacyReadStream(file, { encoding: 'utf8' });
  let openedFd;
  legacy.on('open', (fd) => { openedFd = fd; });
  assert.strictEqual(await readAll(legacy), 'abcdef');
  assert.strictEqual(legacyOpens, 1);
  assert.strictEqual(typeof openedFd, 'number');

  // Its 'error' becomes the stream's error, emitted once, with the stream destroyed.
  const failing = new LegacyReadStream(path.join(dir, 'missing'));
  const errors = [];
  failing.on('error', (err) => errors.push(err));
  await new Promise((resolve) => failing.on('close', resolve));
  assert.strictEqual(errors.length, 1);
  assert.strictEqual(errors[0].code, 'ENOENT');
  assert.strictEqual(failing.destroyed, true);
})().catch((err) => {
  process.exitCode = 1;
  throw err;
});
