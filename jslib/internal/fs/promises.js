'use strict';
// fs.promises (Node's internal/fs/promises): FileHandle over an fd, and the promise form of
// every call. Single syscalls go straight to the binding's async form; composites (recursive
// mkdir/rm, cp, realpath) reuse the callback API.

const fsb = internalBinding('fs');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_FS_FILE_TOO_LARGE, ERR_INTERNAL_ASSERTION,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
  AbortError,
} = require('internal/errors');
const { validateInteger, validateObject, validateBuffer } = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  uvErr, isFailure, pathArg, getOptions, stringToFlags, parseFileMode, getValidMode, toUnixTimestamp,
  validateBufferArray, validateOffsetLengthRead, getStatsFromBinding, kMaxUserId,
} = utils;

let fsModule;
const fs = () => (fsModule ??= require('fs'));

/** The binding's async form of `method` as a promise; rejects with node's error. */
function call(method, syscall, path, dest, ...args) {
  return new Promise((resolve, reject) => {
    fsb[method](...args, (r) => {
      if (isFailure(r)) reject(uvErr(r, syscall, path, dest));
      else resolve(r);
    });
  });
}

function promisify(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

function statsOf(bb, bigint) {
  const ab = new ArrayBuffer(bb);
  return getStatsFromBinding(bigint ? new BigInt64Array(ab) : new Float64Array(ab));
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');
const kCloseDone = Symbol('kCloseDone');
// A stream on a handle holds a reference to it: close() then waits until the stream lets go, as
// node's does, so a read or write in flight never meets a closed (or reused) fd.
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
    this[kCloseDone] = null;
    this[kRefs] = 1;
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    if (--this[kRefs] === 0 && this[kCloseDone] !== null) this.#closeFd();
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return this[kFd];
  }

  appendFile(data, options) {
    return writeFileHandle(this, data, getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }));
  }

  chmod(mode) {
    return call('fchmod', 'fchmod', undefined, undefined, this[kFd], parseFileMode(mode, 'mode'));
  }

  chown(uid, gid) {
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    return call('fchown', 'fchown', undefined, undefined, this[kFd], uid, gid);
  }

  datasync() {
    return call('fdatasync', 'fdatasync', undefined, undefined, this[kFd]).then(() => undefined);
  }

  sync() {
    return call('fsync', 'fsync', undefined, undefined, this[kFd]).then(() => undefined);
  }

  async read(buffer, offset, length, position) {
    if (buffer != null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
      ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } = buffer);
    }
    if (buffer === undefined || buffer === null) buffer = Buffer.alloc(16384);
    validateBuffer(buffer);
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    offset ??= 0;
    validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    length |= 0;
    if (length === 0) return { bytesRead: 0, buffer };
    if (buffer.byteLength === 0) {
      throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    const pos = position == null || position === -1 ? -1 : Number(position);
    const bb = await call('readAsync', 'read', undefined, undefined, this[kFd], length, pos);
    const got = new Uint8Array(new ArrayBuffer(bb));
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(got, offset);
    return { bytesRead: got.length, buffer };
  }

  async readv(buffers, position) {
    validateBufferArray(buffers);
    let pos = position == null ? -1 : Number(position);
    let bytesRead = 0;
    for (const b of buffers) {
      const { bytesRead: n } = await this.read(b, 0, b.byteLength, pos);
      bytesRead += n;
      if (pos >= 0) pos += n;
      if (n < b.byteLength) break;
    }
    return { bytesRead, buffers };
  }

  async readFile(options) {
    options = getOptions(options, { flag: 'r' });
    checkAborted(options.signal);
    const utf8 = options.encoding === 'utf8' || options.encoding === 'utf-8';
    const r = await call('readAll', 'read', undefined, undefined, this.fd, utf8).catch((err) => {
      throw err.code === 'EFBIG' ? new ERR_FS_FILE_TOO_LARGE('more than 2 GiB') : err;
    });
    checkAborted(options.signal);
    if (typeof r === 'string') return r;
    const b = Buffer.from(new ArrayBuffer(r));
    return options.encoding ? b.toString(options.encoding) : b;
  }

  readLines(options) {
    const readline = require('readline');
    return readline.createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  async stat(options) {
    if (!(this instanceof FileHandle)) throw new ERR_INTERNAL_ASSERTION('handle must be an instance of FileHandle');
    const bigint = Boolean(options?.bigint);
    return statsOf(await call('fstat', 'fstat', undefined, undefined, this[kFd], bigint), bigint);
  }

  async truncate(len = 0) {
    validateInteger(len, 'len');
    await call('ftruncate', 'ftruncate', undefined, undefined, this.fd, Math.max(0, len));
  }

  async utimes(atime, mtime) {
    await call('futimes', 'futime', undefined, undefined, this[kFd], toUnixTimestamp(atime, 'atime'),
      toUnixTimestamp(mtime, 'mtime'));
  }

  async write(buffer, offsetOrOptions, length, position) {
    if (ArrayBuffer.isView(buffer)) {
      let offset = offsetOrOptions;
      if (offset !== null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
      }
      offset ??= 0;
      validateInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      utils.validateOffsetLengthWrite(offset, length, buffer.byteLength);
      if (length === 0) return { bytesWritten: 0, buffer };
      const pos = typeof position === 'number' || typeof position === 'bigint' ? Number(position) : -1;
      const n = await call('write', 'write', undefined, undefined, this[kFd], buffer.buffer,
        buffer.byteOffset + offset, length, pos);
      return { bytesWritten: n, buffer };
    }
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const encoding = typeof length === 'string' ? length : 'utf8';
    utils.validateStringEncoding(buffer, encoding);
    const b = Buffer.from(buffer, encoding);
    const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
    const n = await call('write', 'write', undefined, undefined, this[kFd], b.buffer, b.byteOffset, b.byteLength, pos);
    return { bytesWritten: n, buffer };
  }

  async writev(buffers, position) {
    validateBufferArray(buffers);
    if (buffers.length === 0) return { bytesWritten: 0, buffers };
    const all = Buffer.concat(buffers.map((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)));
    const pos = position == null ? -1 : Number(position);
    const n = await call('write', 'write', undefined, undefined, this[kFd], all.buffer, all.byteOffset, all.byteLength, pos);
    return { bytesWritten: n, buffers };
  }

  writeFile(data, options) {
    return writeFileHandle(this, data, getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' }));
  }

  // 'close' is emitted at once, as node emits it: a stream on the handle hears it and lets go.
  close() {
    if (this[kClosePromise]) return this[kClosePromise];
    if (this[kFd] === -1) return Promise.resolve();
    this[kClosePromise] = new Promise((resolve, reject) => { this[kCloseDone] = { resolve, reject }; });
    if (--this[kRefs] === 0) this.#closeFd();
    this.emit('close');
    return this[kClosePromise];
  }

  #closeFd() {
    const done = this[kCloseDone];
    this[kCloseDone] = null;
    call('close', 'close', undefined, undefined, this[kFd]).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      done.resolve();
    }, (err) => {
      // Still open: a later close() may try again.
      this[kClosePromise] = null;
      this[kRefs]++;
      done.reject(err);
    });
  }

  async [Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose')]() {
    return this.close();
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  readableWebStream() {
    throw new ERR_INVALID_STATE('readableWebStream is not supported by jnode yet');
  }
}

async function writeFileHandle(handle, data, options) {
  checkAborted(options.signal);
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    if (data != null && (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function')) {
      for await (const chunk of data) {
        if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
          throw new ERR_INVALID_ARG_TYPE('write', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
        }
        await writeAllTo(handle, typeof chunk === 'string' ? Buffer.from(chunk, options.encoding || 'utf8') : chunk, options);
      }
      return;
    }
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
  }
  const b = typeof data === 'string' ? Buffer.from(data, options.encoding || 'utf8') : data;
  await writeAllTo(handle, b, options);
}

// Written in slices, so that an abort signal can stop a big write between two of them.
const kWriteFileSlice = 512 * 1024;

async function writeAllTo(handle, b, options) {
  let off = 0;
  while (off < b.byteLength) {
    checkAborted(options.signal);
    const n = await call('write', 'write', undefined, undefined, handle.fd, b.buffer, b.byteOffset + off,
      Math.min(b.byteLength - off, kWriteFileSlice), -1);
    off += n;
  }
  if (options.flush) await handle.sync();
}

async function open(path, flags, mode) {
  const p = pathArg(path);
  const fd = await call('open', 'open', path, undefined, p, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
  return new FileHandle(fd);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  checkAborted(options.signal);
  if (path instanceof FileHandle) return path.readFile(options);
  const h = await open(path, options.flag, 0o666);
  return closingAfter(h, () => h.readFile(options));
}

/**
 * Runs op on a handle opened for it, then closes the handle. When both fail, the rejection is an
 * AggregateError of the two that carries op's code, as node's.
 */
async function closingAfter(handle, op) {
  let result;
  try {
    result = await op();
  } catch (opError) {
    try {
      await handle.close();
    } catch (closeError) {
      const both = new AggregateError([opError, closeError], opError.message);
      both.code = opError.code;
      throw both;
    }
    throw opError;
  }
  await handle.close();
  return result;
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (typeof data !== 'string' && !ArrayBuffer.isView(data) &&
      !(data != null && (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function'))) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
  }
  checkAborted(options.signal);
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  const h = await open(path, options.flag || 'w', options.mode);
  return closingAfter(h, () => writeFileHandle(h, data, options));
}

function appendFile(path, data, options) {
  options = { ...getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }) };
  if (!options.flag) options.flag = 'a';
  return writeFile(path, data, options);
}

async function stat(path, options) {
  const bigint = Boolean(options?.bigint);
  return statsOf(await call('stat', 'stat', path, undefined, pathArg(path), bigint), bigint);
}

async function lstat(path, options) {
  const bigint = Boolean(options?.bigint);
  return statsOf(await call('lstat', 'lstat', path, undefined, pathArg(path), bigint), bigint);
}

async function access(path, mode) {
  await call('access', 'access', path, undefined, pathArg(path), getValidMode(mode, 'access'));
}

async function copyFile(src, dest, mode) {
  await call('copyFile', 'copyfile', src, dest, pathArg(src, 'src'), pathArg(dest, 'dest'), getValidMode(mode, 'copyFile'));
}

async function rename(oldPath, newPath) {
  await call('rename', 'rename', oldPath, newPath, pathArg(oldPath, 'oldPath'), pathArg(newPath, 'newPath'));
}

async function unlink(path) {
  await call('unlink', 'unlink', path, undefined, pathArg(path));
}

async function link(existingPath, newPath) {
  await call('link', 'link', existingPath, newPath, pathArg(existingPath, 'existingPath'), pathArg(newPath, 'newPath'));
}

async function symlink(target, path, type) {
  utils.validateSymlinkType(type);
  await call('symlink', 'symlink', target, path, pathArg(target, 'target'), pathArg(path));
}

async function readlink(path, options) {
  options = getOptions(options);
  const r = await call('readlink', 'readlink', path, undefined, pathArg(path, 'oldPath'));
  return utils.stringOrBuffer(r, options.encoding);
}

async function chmod(path, mode) {
  await call('chmod', 'chmod', path, undefined, pathArg(path), parseFileMode(mode, 'mode'));
}

async function chown(path, uid, gid) {
  const p = pathArg(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  await call('chown', 'chown', path, undefined, p, uid, gid, false);
}

async function lchown(path, uid, gid) {
  const p = pathArg(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  await call('chown', 'lchown', path, undefined, p, uid, gid, true);
}

async function utimes(path, atime, mtime) {
  await call('utimes', 'utime', path, undefined, pathArg(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false);
}

async function lutimes(path, atime, mtime) {
  await call('utimes', 'lutime', path, undefined, pathArg(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true);
}

async function truncate(path, len = 0) {
  const h = await open(path, 'r+');
  return closingAfter(h, () => h.truncate(len));
}

// Linux has no lchmod(2): node's lchmod is for macOS only.
async function lchmod() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  const p = pathArg(prefix, 'prefix');
  const r = await call('mkdtemp', 'mkdtemp', `${p}XXXXXX`, undefined, p);
  return utils.stringOrBuffer(r, options.encoding);
}

async function opendir(path, options) {
  return promisify(fs().opendir)(path, options);
}

async function* watch(filename, options = {}) {
  const { watch: watchCb } = require('internal/fs/watchers');
  if (typeof options === 'string') options = { encoding: options };
  validateObject(options, 'options');
  const queue = [];
  let wake = null;
  const w = watchCb(filename, options, (eventType, name) => {
    queue.push({ eventType, filename: name });
    if (wake) wake();
  });
  const { signal } = options;
  const onAbort = () => {
    w.close();
    if (wake) wake();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
      if (queue.length === 0) await new Promise((resolve) => { wake = resolve; });
      wake = null;
      while (queue.length > 0) yield queue.shift();
    }
  } finally {
    w.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

const exportsObj = {
  access,
  copyFile,
  cp: (src, dest, options) => promisify(fs().cp)(src, dest, options),
  open,
  opendir,
  rename,
  truncate,
  rm: (path, options) => promisify(fs().rm)(path, options),
  rmdir: (path, options) => promisify(fs().rmdir)(path, options),
  mkdir: (path, options) => promisify(fs().mkdir)(path, options),
  readdir: (path, options) => promisify(fs().readdir)(path, options),
  readlink,
  symlink,
  lstat,
  stat,
  statfs: (path, options) => promisify(fs().statfs)(path, options),
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath: (path, options) => promisify(fs().realpath)(path, options),
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants: utils.constants,
};

module.exports = { exports: exportsObj, FileHandle, kRef, kUnref };
