'use strict';
// mkdir/rmdir/rm, readdir/opendir, rename/link/symlink/readlink/realpath, copyFile, cp,
// chmod/utimes and Stats.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fs-')));
try {
  // mkdir: recursive returns the first directory created
  const deep = path.join(dir, 'a', 'b', 'c');
  assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), path.join(dir, 'a'));
  assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), undefined);
  assert.throws(() => fs.mkdirSync(deep), { code: 'EEXIST', errno: -17, syscall: 'mkdir', path: deep,
    message: `EEXIST: file already exists, mkdir '${deep}'` });
  const file = path.join(dir, 'f.txt');
  fs.writeFileSync(file, 'data');
  assert.throws(() => fs.mkdirSync(path.join(file, 'x'), { recursive: true }), { code: 'ENOTDIR', syscall: 'mkdir' });

  // rmdir on a non-empty directory
  assert.throws(() => fs.rmdirSync(path.join(dir, 'a')), { code: 'ENOTEMPTY', errno: -39, syscall: 'rmdir',
    message: `ENOTEMPTY: directory not empty, rmdir '${path.join(dir, 'a')}'` });

  // readdir: sorted names, Dirents, recursive
  fs.writeFileSync(path.join(dir, 'a', 'z.txt'), '');
  fs.writeFileSync(path.join(dir, 'a', 'b', 'y.txt'), '');
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'a')), ['b', 'z.txt']);
  const ents = fs.readdirSync(path.join(dir, 'a'), { withFileTypes: true });
  assert.ok(ents[0] instanceof fs.Dirent);
  assert.strictEqual(ents[0].name, 'b');
  assert.strictEqual(ents[0].isDirectory(), true);
  assert.strictEqual(ents[1].isFile(), true);
  assert.strictEqual(ents[1].parentPath, path.join(dir, 'a'));
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'a'), { recursive: true }).sort(),
    ['b', 'b/c', 'b/y.txt', 'z.txt']);
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'a'), { encoding: 'buffer' })[0], Buffer.from('b'));
  assert.throws(() => fs.readdirSync(file), { code: 'ENOTDIR', syscall: 'scandir', path: file });

  // opendir / Dir
  const d = fs.opendirSync(path.join(dir, 'a'));
  const names = [];
  for (let e; (e = d.readSync()) !== null;) names.push(e.name);
  d.closeSync();
  assert.deepStrictEqual(names.sort(), ['b', 'z.txt']);
  assert.throws(() => d.closeSync(), { code: 'ERR_DIR_CLOSED' });
  assert.throws(() => fs.opendirSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'opendir' });

  // rename, link, symlink, readlink, realpath
  const g = path.join(dir, 'g.txt');
  fs.renameSync(file, g);
  assert.throws(() => fs.renameSync(file, g), { code: 'ENOENT', syscall: 'rename', path: file, dest: g,
    message: `ENOENT: no such file or directory, rename '${file}' -> '${g}'` });
  const h = path.join(dir, 'h.txt');
  fs.linkSync(g, h);
  assert.strictEqual(fs.statSync(g).nlink, 2);
  assert.throws(() => fs.linkSync(g, h), { code: 'EEXIST', syscall: 'link', dest: h });
  const l = path.join(dir, 'l');
  fs.symlinkSync('g.txt', l);
  assert.strictEqual(fs.readlinkSync(l), 'g.txt');
  assert.strictEqual(fs.lstatSync(l).isSymbolicLink(), true);
  assert.strictEqual(fs.statSync(l).isFile(), true);
  assert.strictEqual(fs.realpathSync(l), g);
  assert.strictEqual(fs.realpathSync.native(l), g);
  assert.throws(() => fs.realpathSync(path.join(dir, 'nope', 'x')),
    { code: 'ENOENT', syscall: 'lstat', path: path.join(dir, 'nope') });
  assert.throws(() => fs.realpathSync.native(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'realpath' });
  assert.throws(() => fs.readlinkSync(g), { code: 'EINVAL', syscall: 'readlink' });

  // copyFile and its flags
  const c = path.join(dir, 'c.txt');
  fs.copyFileSync(g, c);
  assert.strictEqual(fs.readFileSync(c, 'utf8'), 'data');
  assert.throws(() => fs.copyFileSync(g, c, fs.constants.COPYFILE_EXCL), { code: 'EEXIST', syscall: 'copyfile',
    message: `EEXIST: file already exists, copyfile '${g}' -> '${c}'` });
  assert.throws(() => fs.copyFileSync(path.join(dir, 'nope'), c), { code: 'ENOENT', syscall: 'copyfile' });
  assert.throws(() => fs.copyFileSync(g, c, 8), { code: 'ERR_OUT_OF_RANGE' });

  // chmod, utimes, Stats
  fs.chmodSync(c, 0o640);
  assert.strictEqual(fs.statSync(c).mode & 0o777, 0o640);
  fs.chmodSync(c, '600');
  assert.strictEqual(fs.statSync(c).mode & 0o777, 0o600);
  assert.throws(() => fs.chmodSync(c, 'abc'), { code: 'ERR_INVALID_ARG_VALUE' });
  fs.utimesSync(c, 1000, new Date(2000500));
  const st = fs.statSync(c);
  assert.ok(st instanceof fs.Stats);
  assert.strictEqual(st.atimeMs, 1000000);
  assert.strictEqual(st.mtimeMs, 2000500);
  assert.strictEqual(st.mtime.getTime(), 2000500);
  assert.ok(st.atime instanceof Date);
  assert.strictEqual(st.isFile(), true);
  assert.strictEqual(st.isDirectory(), false);
  assert.strictEqual(st.size, 4);
  for (const k of ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'blksize', 'blocks',
    'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime']) {
    assert.ok(Object.hasOwn(st, k), k);
  }
  const big = fs.statSync(c, { bigint: true });
  assert.strictEqual(big.size, 4n);
  assert.strictEqual(big.mtimeNs, 2000500000000n);
  assert.strictEqual(big.mtimeMs, 2000500n);
  assert.strictEqual(big.isFile(), true);
  assert.strictEqual(fs.statSync(dir).isDirectory(), true);
  fs.truncateSync(c, 2);
  assert.strictEqual(fs.readFileSync(c, 'utf8'), 'da');
  assert.throws(() => fs.truncateSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'open' });

  // rm: files, directories, force
  assert.throws(() => fs.rmSync(path.join(dir, 'a')), { code: 'ERR_FS_EISDIR' });
  assert.throws(() => fs.rmSync(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'lstat' });
  fs.rmSync(path.join(dir, 'nope'), { force: true });

  // cp
  fs.cpSync(path.join(dir, 'a'), path.join(dir, 'a2'), { recursive: true });
  assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'a2'), { recursive: true }).sort(),
    ['b', 'b/c', 'b/y.txt', 'z.txt']);
  assert.throws(() => fs.cpSync(path.join(dir, 'a'), path.join(dir, 'a3')), { code: 'ERR_FS_EISDIR' });
  assert.throws(() => fs.cpSync(g, g), { code: 'ERR_FS_CP_EINVAL' });

  fs.rmSync(path.join(dir, 'a'), { recursive: true });
  assert.strictEqual(fs.existsSync(path.join(dir, 'a')), false);
  fs.unlinkSync(h);
  assert.throws(() => fs.unlinkSync(h), { code: 'ENOENT', syscall: 'unlink', path: h });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
