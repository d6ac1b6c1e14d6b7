'use strict';
// rm -r for fs.rm/rmSync and the deprecated rmdir({ recursive }) (Node's internal/fs/rimraf):
// unlink files, empty directories depth-first, then rmdir them.

const fsb = internalBinding('fs');
const { codes: { ERR_FS_EISDIR } } = require('internal/errors');
const { uvErr, isFailure, decodeEntries } = require('internal/fs/utils');

const statAB = new ArrayBuffer(fsb.statValues());
const statF64 = new Float64Array(statAB);
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const ENOENT = -2;
const ENOTDIR = -20;
const EISDIR = 21;

function isDir() {
  return (statF64[1] & S_IFMT) === S_IFDIR;
}

/** node's SystemError for `rm` on a directory without `recursive`. */
function eisdir(path) {
  const err = new ERR_FS_EISDIR();
  err.message = `Path is a directory: rm returned EISDIR (is a directory) ${path}`;
  err.info = { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: EISDIR };
  err.errno = EISDIR;
  err.syscall = 'rm';
  err.path = path;
  return err;
}

function rmSync(p, origPath, options) {
  const r = fsb.lstat(p, false, undefined);
  if (r === ENOENT && options.force) return;
  if (isFailure(r)) throw uvErr(r, 'lstat', origPath);
  if (isDir() && !options.recursive) throw eisdir(typeof origPath === 'string' ? origPath : p);
  rimrafSync(p, options);
}

function rimrafSync(p, options) {
  const r = fsb.lstat(p, false, undefined);
  if (r === ENOENT) return;
  if (isFailure(r)) throw uvErr(r, 'lstat', p);
  if (isDir()) {
    rmdirRecursive(p, options);
    return;
  }
  const u = fsb.unlink(p, undefined);
  if (u === ENOENT) return;
  if (isFailure(u)) throw uvErr(u, 'unlink', p);
}

function rmdirRecursive(p, options) {
  const list = fsb.readdir(p, undefined);
  if (list === ENOENT) return;
  if (list === ENOTDIR) return rimrafSync(p, options);
  if (isFailure(list)) throw uvErr(list, 'scandir', p);
  const { names, types } = decodeEntries(list);
  for (let i = 0; i < names.length; i++) {
    const child = `${p}/${names[i]}`;
    if (types[i] === 2) rmdirRecursive(child, options);
    else {
      const u = fsb.unlink(child, undefined);
      if (isFailure(u) && u !== ENOENT) {
        // A directory reported as something else (DT_UNKNOWN): try it as one.
        if (u === -21 || u === -1) rmdirRecursive(child, options);
        else throw uvErr(u, 'unlink', child);
      }
    }
  }
  const d = fsb.rmdir(p, undefined);
  if (isFailure(d) && d !== ENOENT) throw uvErr(d, 'rmdir', p);
}

module.exports = { rmSync, rimrafSync };
