'use strict';
// fs.cp/cpSync (Node's internal/fs/cp/cp-sync): files through copyFile, directories recursively,
// symlinks re-created (or followed with `dereference`), with node's SystemError checks.

const fs = require('fs');
const pathMod = require('path');
const { codes } = require('internal/errors');
const { errnoNames } = require('internal/errno_table');

function systemError(Code, base, code, message, path) {
  const err = new Code();
  const errno = errnoNames[code] ?? 0;
  err.message = `${base}: cp returned ${code} (${message}) ${path}`;
  err.info = { message, path, syscall: 'cp', errno, code };
  err.errno = errno;
  err.syscall = 'cp';
  err.path = path;
  err.name = 'SystemError';
  return err;
}

function statOf(p, deref) {
  return deref ? fs.statSync(p, { throwIfNoEntry: false }) : fs.lstatSync(p, { throwIfNoEntry: false });
}

function areIdentical(a, b) {
  return b && b.ino && b.dev && b.ino === a.ino && b.dev === a.dev;
}

function isSrcSubdir(src, dest) {
  const s = pathMod.resolve(src).split(pathMod.sep).filter(Boolean);
  const d = pathMod.resolve(dest).split(pathMod.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function cpSync(src, dest, opts) {
  if (opts.filter && !opts.filter(src, dest)) return;
  const srcStat = opts.dereference ? fs.statSync(src) : fs.lstatSync(src);
  const destStat = statOf(dest, opts.dereference);
  if (areIdentical(srcStat, destStat)) {
    throw systemError(codes.ERR_FS_CP_EINVAL, 'Invalid src or dest', 'EINVAL', 'src and dest cannot be the same', dest);
  }
  if (srcStat.isDirectory() && !opts.recursive) {
    const err = systemError(codes.ERR_FS_EISDIR, 'Path is a directory', 'EISDIR',
      `${src} is a directory (not copied)`, src);
    err.errno = err.info.errno = 22; // node reports EINVAL's number here
    throw err;
  }
  if (destStat) {
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw systemError(codes.ERR_FS_CP_DIR_TO_NON_DIR, 'Cannot overwrite non-directory with directory', 'EISDIR',
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw systemError(codes.ERR_FS_CP_NON_DIR_TO_DIR, 'Cannot overwrite directory with non-directory', 'ENOTDIR',
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw systemError(codes.ERR_FS_CP_EINVAL, 'Invalid src or dest', 'EINVAL',
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  const parent = pathMod.dirname(dest);
  if (!fs.existsSync(parent)) fs.mkdirSync(parent, { recursive: true });
  copyEntry(srcStat, destStat, src, dest, opts);
}

function copyEntry(srcStat, destStat, src, dest, opts) {
  if (srcStat.isDirectory()) return copyDir(srcStat, destStat, src, dest, opts);
  if (srcStat.isSymbolicLink()) return copyLink(destStat, src, dest, opts);
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return copyFile(srcStat, destStat, src, dest, opts);
  }
  const kind = srcStat.isSocket() ? 'socket' : srcStat.isFIFO() ? 'FIFO' : 'unknown';
  throw systemError(codes.ERR_FS_CP_EINVAL, 'Invalid src or dest', 'EINVAL', `cannot copy a ${kind} file: ${dest}`, dest);
}

function copyFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (opts.force) fs.unlinkSync(dest);
    else if (opts.errorOnExist) {
      throw systemError(codes.ERR_FS_CP_EEXIST, 'Target already exists', 'EEXIST', `${dest} already exists`, dest);
    } else return;
  }
  fs.copyFileSync(src, dest, opts.mode);
  if (opts.preserveTimestamps) {
    // A read-only file must become writable to get its times back.
    if ((srcStat.mode & 0o200) === 0) fs.chmodSync(dest, srcStat.mode | 0o200);
    fs.utimesSync(dest, srcStat.atime, srcStat.mtime);
  }
  fs.chmodSync(dest, srcStat.mode);
}

function copyDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) fs.mkdirSync(dest);
  for (const name of fs.readdirSync(src)) {
    const s = pathMod.join(src, name);
    const d = pathMod.join(dest, name);
    if (opts.filter && !opts.filter(s, d)) continue;
    const ss = opts.dereference ? fs.statSync(s) : fs.lstatSync(s);
    const ds = statOf(d, opts.dereference);
    copyEntry(ss, ds, s, d, opts);
  }
  if (!destStat) fs.chmodSync(dest, srcStat.mode);
}

function copyLink(destStat, src, dest, opts) {
  let target = fs.readlinkSync(src);
  if (!opts.verbatimSymlinks && !pathMod.isAbsolute(target)) target = pathMod.resolve(pathMod.dirname(src), target);
  if (destStat) fs.unlinkSync(dest);
  fs.symlinkSync(target, dest);
}

module.exports = { cpSync };
