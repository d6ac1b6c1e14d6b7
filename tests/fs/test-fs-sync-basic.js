'use strict';
// open/read/write/close, readFile/writeFile/appendFile, stat and the errors they throw.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fs-'));
try {
  const f = path.join(dir, 'a.txt');

  // writeFileSync / readFileSync with encodings and flags
  fs.writeFileSync(f, 'hello');
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello');
  assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('hello'));
  assert.strictEqual(fs.readFileSync(f, { encoding: 'hex' }), '68656c6c6f');
  fs.appendFileSync(f, Buffer.from(' world'));
  assert.strictEqual(fs.readFileSync(f, 'latin1'), 'hello world');
  fs.writeFileSync(f, 'caf\u00e9', 'latin1');
  assert.deepStrictEqual([...fs.readFileSync(f)], [0x63, 0x61, 0x66, 0xe9]);
  fs.writeFileSync(f, new Uint8Array([1, 2, 3]));
  assert.deepStrictEqual([...fs.readFileSync(f)], [1, 2, 3]);
  assert.throws(() => fs.writeFileSync(f, 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open', errno: -17 });

  // fd-level calls
  const fd = fs.openSync(f, 'w+');
  assert.strictEqual(typeof fd, 'number');
  assert.strictEqual(fs.writeSync(fd, 'abcdef'), 6);
  assert.strictEqual(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 1), 2);
  const buf = Buffer.alloc(10);
  assert.strictEqual(fs.readSync(fd, buf, 0, 10, 0), 6);
  assert.strictEqual(buf.toString('utf8', 0, 6), 'aXYdef');
  // reading past the end gives 0 bytes
  assert.strictEqual(fs.readSync(fd, buf, 0, 4, 100), 0);
  assert.strictEqual(fs.readSync(fd, buf, { position: 4 }), 2);
  assert.strictEqual(buf.toString('utf8', 0, 2), 'ef');
  assert.strictEqual(fs.fstatSync(fd).size, 6);
  fs.ftruncateSync(fd, 3);
  assert.strictEqual(fs.fstatSync(fd).size, 3);
  fs.fsyncSync(fd);
  fs.fdatasyncSync(fd);
  assert.strictEqual(fs.writevSync(fd, [Buffer.from('12'), Buffer.from('34')], 0), 4);
  const a = Buffer.alloc(2);
  const b = Buffer.alloc(5);
  assert.strictEqual(fs.readvSync(fd, [a, b], 0), 4);
  assert.strictEqual(a.toString() + b.toString('utf8', 0, 2), '1234');
  fs.closeSync(fd);
  assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close', message: 'EBADF: bad file descriptor, close' });
  assert.throws(() => fs.readSync(fd, Buffer.alloc(1)), { code: 'EBADF', syscall: 'read' });

  // missing file: message, code, errno, syscall, path
  const missing = path.join(dir, 'nope');
  assert.throws(() => fs.openSync(missing), (err) => {
    assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.syscall, 'open');
    assert.strictEqual(err.path, missing);
    return true;
  });
  assert.throws(() => fs.readFileSync(missing), { code: 'ENOENT', syscall: 'open', path: missing });
  assert.throws(() => fs.statSync(missing), { message: `ENOENT: no such file or directory, stat '${missing}'` });
  assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
  assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }), undefined);

  // EISDIR
  assert.throws(() => fs.readFileSync(dir), { code: 'EISDIR', syscall: 'read', message: 'EISDIR: illegal operation on a directory, read' });
  assert.throws(() => fs.writeFileSync(dir, 'x'), { code: 'EISDIR', syscall: 'open', path: dir });

  // Permission denied: root bypasses file modes, so use something that fails for root too:
  // writing to a file opened read-only gives EBADF for everyone.
  const ro = fs.openSync(f, 'r');
  assert.throws(() => fs.writeSync(ro, 'x'), { code: 'EBADF', syscall: 'write' });
  fs.closeSync(ro);
  if (process.getuid && process.getuid() !== 0) {
    const locked = path.join(dir, 'locked');
    fs.writeFileSync(locked, 'x', { mode: 0o000 });
    assert.throws(() => fs.readFileSync(locked), { code: 'EACCES', syscall: 'open' });
  } else {
    // root: EACCES on read cannot happen; a directory entry under a file gives ENOTDIR instead.
    assert.throws(() => fs.openSync(path.join(f, 'x')), { code: 'ENOTDIR', errno: -20, syscall: 'open' });
  }

  // argument validation
  assert.throws(() => fs.readFileSync(42.5), { code: 'ERR_INVALID_ARG_TYPE', message: /Received type number \(42\.5\)$/ });
  assert.throws(() => fs.openSync({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received an instance of Object',
  });
  assert.throws(() => fs.openSync(f, 'bogus'), { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'flags' is invalid. Received 'bogus'" });
  assert.throws(() => fs.readFileSync('a\u0000b'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.closeSync(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.readFileSync(f, 'bogus-enc'), { code: 'ERR_INVALID_ARG_VALUE' });

  // Buffer and file: URL paths
  assert.strictEqual(fs.readFileSync(Buffer.from(f)).length, 4);
  assert.strictEqual(fs.readFileSync(new URL(`file://${f}`)).length, 4);
  assert.strictEqual(fs.existsSync(f), true);
  assert.strictEqual(fs.existsSync(missing), false);
  assert.strictEqual(fs.existsSync({}), false);
  fs.accessSync(f, fs.constants.R_OK);
  assert.throws(() => fs.accessSync(missing), { code: 'ENOENT', syscall: 'access', path: missing });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
assert.strictEqual(fs.existsSync(dir), false);
