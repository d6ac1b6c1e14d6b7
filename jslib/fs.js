'use strict';
// Node's `fs` module. Each call validates at the edge, then asks the fs binding: with no callback
// the binding runs the syscall now, with one it runs it on its worker pool. Failures come back as
// -errno and become node's errors here (uvException with syscall, path and dest).

const fsb = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
  AbortError,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateInt32,
  validateObject,
  validateString,
  validateAbortSignal,
  validateBuffer,
} = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  constants,
  check,
  uvErrAsync: uvErr,
  isFailure,
  kBindingIo,
  pathArg,
  getValidatedPath,
  getValidatedFd,
  getOptions,
  maybeCallback,
  makeCallback,
  stringToFlags,
  parseFileMode,
  getValidMode,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validateBufferArray,
  validatePosition,
  validateSymlinkType,
  getStatsFromBinding,
  Stats,
  Dirent,
  decodeEntries,
  encodeName,
  stringOrBuffer,
  kIoMaxLength,
  kMaxUserId,
} = utils;

const { O_RDONLY, O_WRONLY, O_CREAT, O_TRUNC, O_APPEND, F_OK, S_IFMT, S_IFDIR, S_IFLNK } = constants;
const EFBIG = -27;
const ENOENT = -2;
const EEXIST = -17;
const ENOTDIR = -20;

// Synchronous stats land in one shared buffer; async ones come in their own.
const statAB = new ArrayBuffer(fsb.statValues());
const statF64 = new Float64Array(statAB);
const statBig = new BigInt64Array(statAB);

function statsFromBuffer(bb, bigint) {
  const ab = new ArrayBuffer(bb);
  return getStatsFromBinding(bigint ? new BigInt64Array(ab) : new Float64Array(ab));
}

// Synchronous reads land in a scratch buffer and are copied into the caller's.
let scratch = null;
const kReadChunk = 1024 * 1024;
function scratchOf(n) {
  if (scratch === null || scratch.length < n) scratch = new Uint8Array(new ArrayBuffer(fsb.scratch(Math.max(n, 65536))));
  return scratch;
}

function posArg(position) {
  if (position == null || position === -1 || position === -1n) return -1;
  return Number(position);
}

function u8(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function bufferFromBB(bb) {
  return Buffer.from(new ArrayBuffer(bb));
}

function isFd(path) {
  return path === (path >>> 0);
}

// A callback for the binding: result -> (err) or (null, mapped result).
function req(callback, syscall, path, dest, map) {
  return (r) => {
    if (isFailure(r)) callback(uvErr(r, syscall, path, dest));
    else if (map) callback(null, map(r));
    else callback(null);
  };
}

// --- access / exists ------------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  const p = pathArg(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  fsb.access(p, mode, req(callback, 'access', path));
}

function accessSync(path, mode) {
  const p = pathArg(path);
  check(fsb.access(p, getValidMode(mode, 'access'), undefined), 'access', path);
}

function exists(path, callback) {
  maybeCallback(callback);
  let p;
  try {
    p = pathArg(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  fsb.access(p, F_OK, (r) => callback(!isFailure(r)));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = pathArg(path);
  } catch {
    return false;
  }
  return !isFailure(fsb.access(path, F_OK, undefined));
}

// --- open / close ----------------------------------------------------------------------

function open(path, flags, mode, callback) {
  const p = pathArg(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  fsb.open(p, flagsNumber, mode, req(callback, 'open', path, undefined, (fd) => fd));
}

function openSync(path, flags, mode) {
  const p = pathArg(path);
  return check(fsb.open(p, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666), undefined), 'open', path);
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  fsb.close(fd, req(callback, 'close'));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  check(fsb.close(fd, undefined), 'close');
}

// --- read ---------------------------------------------------------------------------------

function readArgs(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions != null) validateObject(offsetOrOptions, 'options', 1);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return { fd, buffer, offset, length, position: -1, empty: true };
  if (buffer.byteLength === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return { fd, buffer, offset, length, position: posArg(position), empty: false };
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  // As many arguments as the caller gave: readSync(fd, buf, undefined) means the defaults.
  const a = Reflect.apply(readArgs, undefined, arguments);
  if (a.empty) return 0;
  return readInto(a.fd, u8(a.buffer), a.offset, a.length, a.position);
}

/** A synchronous read through the scratch buffer, in chunks of at most 1 MB. */
function readInto(fd, target, offset, length, position) {
  let done = 0;
  while (done < length) {
    const want = Math.min(length - done, kReadChunk);
    const buf = scratchOf(want);
    const n = check(fsb.read(fd, want, position < 0 ? -1 : position + done), 'read');
    if (n > 0) target.set(n === buf.length ? buf : buf.subarray(0, n), offset + done);
    done += n;
    if (n < want) break;
  }
  return done;
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  let a;
  if (arguments.length <= 4 && typeof arguments[arguments.length - 1] === 'function') {
    callback = arguments[arguments.length - 1];
    if (arguments.length === 2) {
      // read(fd, callback): a new 16 KiB buffer
      buffer = Buffer.alloc(16384);
      a = readArgs(fd, buffer, {});
    } else if (arguments.length === 3 && !ArrayBuffer.isView(buffer)) {
      validateObject(buffer, 'options', 1);
      const o = buffer ?? {};
      buffer = o.buffer === undefined ? Buffer.alloc(16384) : o.buffer; // null is refused
      a = readArgs(fd, buffer, { offset: o.offset, length: o.length, position: o.position });
    } else {
      a = readArgs(fd, buffer, arguments.length === 3 ? {} : offsetOrOptions);
    }
  } else {
    a = readArgs(fd, buffer, offsetOrOptions, length, position);
  }
  validateFunction(callback, 'cb');
  if (a.empty) {
    process.nextTick(callback, null, 0, a.buffer);
    return;
  }
  fsb.readAsync(a.fd, a.length, a.position, (r) => {
    if (isFailure(r)) return callback(uvErr(r, 'read'));
    const got = new Uint8Array(new ArrayBuffer(r));
    u8(a.buffer).set(got, a.offset);
    callback(null, got.length, a.buffer);
  });
}
read[kBindingIo] = true;
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.custom'), {
  value: (...args) => new Promise((resolve, reject) => {
    read(...args, (err, bytesRead, buffer) => (err ? reject(err) : resolve({ bytesRead, buffer })));
  }),
});

function readv(fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback);
  let n;
  try {
    n = readvSync(fd, buffers, position);
  } catch (err) {
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, n, buffers);
}

Object.defineProperty(readv, Symbol.for('nodejs.util.promisify.custom'), {
  value: (...args) => new Promise((resolve, reject) => {
    readv(...args, (err, bytesRead, buffers) => (err ? reject(err) : resolve({ bytesRead, buffers })));
  }),
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  let pos = posArg(position);
  let total = 0;
  for (const b of buffers) {
    if (b.byteLength === 0) continue;
    const n = readInto(fd, u8(b), 0, b.byteLength, pos);
    total += n;
    if (pos >= 0) pos += n;
    if (n < b.byteLength) break;
  }
  return total;
}

// --- write --------------------------------------------------------------------------------

function writeArgs(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return { fd, buffer, offset, length, position: posArg(position), string: false };
  }
  if (typeof buffer !== 'string' || (typeof buffer === 'object' && buffer !== null && typeof buffer.toString !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // write(fd, string[, position[, encoding]])
  let encoding = length;
  position = offsetOrOptions;
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  encoding ??= 'utf8';
  if (typeof encoding !== 'string') encoding = 'utf8';
  utils.validateStringEncoding(buffer, encoding);
  return { fd, buffer, encoding, position: posArg(position), string: true };
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const a = writeArgs(fd, buffer, offsetOrOptions, length, position);
  if (a.string) {
    if (a.encoding === 'utf8' || a.encoding === 'utf-8') {
      return check(fsb.writeString(a.fd, a.buffer, a.position, undefined), 'write');
    }
    const b = Buffer.from(a.buffer, a.encoding);
    return check(fsb.write(a.fd, b.buffer, b.byteOffset, b.byteLength, a.position, undefined), 'write');
  }
  const b = a.buffer;
  return check(fsb.write(a.fd, b.buffer, b.byteOffset + a.offset, a.length, a.position, undefined), 'write');
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  const args = [...arguments];
  callback = args.pop();
  validateFunction(callback, 'cb');
  const a = writeArgs(args[0], args[1], args[2], args[3], args[4]);
  let b;
  let off;
  let len;
  if (a.string) {
    b = Buffer.from(a.buffer, a.encoding);
    off = 0;
    len = b.byteLength;
  } else {
    b = a.buffer;
    off = a.offset;
    len = a.length;
  }
  fsb.write(a.fd, b.buffer, b.byteOffset + off, len, a.position, (r) => {
    if (isFailure(r)) callback(uvErr(r, 'write'));
    else callback(null, r, a.buffer);
  });
}
write[kBindingIo] = true;
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.custom'), {
  value: (...args) => new Promise((resolve, reject) => {
    write(...args, (err, bytesWritten, buffer) => (err ? reject(err) : resolve({ bytesWritten, buffer })));
  }),
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  const all = Buffer.concat(buffers.map(u8));
  return check(fsb.write(fd, all.buffer, all.byteOffset, all.byteLength, posArg(position), undefined), 'write');
}

function writev(fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  const all = Buffer.concat(buffers.map(u8));
  fsb.write(fd, all.buffer, all.byteOffset, all.byteLength, posArg(position), (r) => {
    if (isFailure(r)) callback(uvErr(r, 'write'));
    else callback(null, r, buffers);
  });
}

// --- whole files ------------------------------------------------------------------------

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

function finishRead(r, encoding) {
  if (r === EFBIG) throw new ERR_FS_FILE_TOO_LARGE('more than 2 GiB');
  check(r, 'read');
  if (typeof r === 'string') return r;
  const buffer = bufferFromBB(r);
  return encoding ? buffer.toString(encoding) : buffer;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const userFd = isFd(path);
  const fd = userFd ? getValidatedFd(path) : openSync(path, options.flag, 0o666);
  let r;
  try {
    r = fsb.readAll(fd, isUtf8(options.encoding), undefined);
  } finally {
    if (!userFd) fsb.close(fd, undefined);
  }
  return finishRead(r, options.encoding);
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const signal = options.signal;
  if (signal?.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  const utf8 = isUtf8(options.encoding);
  const finish = (fd, userFd) => {
    fsb.readAll(fd, utf8, (r) => {
      const done = () => {
        if (signal?.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
        let data;
        try {
          data = finishRead(r, options.encoding);
        } catch (err) {
          return callback(err);
        }
        callback(null, data);
      };
      if (userFd) done();
      else fsb.close(fd, () => done());
    });
  };
  if (isFd(path)) {
    finish(getValidatedFd(path), true);
    return;
  }
  const p = pathArg(path);
  const flags = stringToFlags(options.flag);
  fsb.open(p, flags, 0o666, (fd) => {
    if (isFailure(fd)) return callback(uvErr(fd, 'open', path));
    finish(fd, false);
  });
}

function dataToBuffer(data, encoding) {
  if (ArrayBuffer.isView(data)) return u8(data);
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function validateWriteData(data) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

function writeAllSync(fd, data, encoding, position) {
  if (typeof data === 'string' && isUtf8(encoding || 'utf8')) {
    check(fsb.writeString(fd, data, position, undefined), 'write');
    return;
  }
  const b = dataToBuffer(data, encoding);
  let off = 0;
  while (off < b.byteLength) {
    const n = check(fsb.write(fd, b.buffer, b.byteOffset + off, b.byteLength - off,
      position < 0 ? -1 : position + off, undefined), 'write');
    off += n;
  }
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateWriteData(data);
  const flag = options.flag || 'w';
  const userFd = isFd(path);
  const fd = userFd ? getValidatedFd(path) : openSync(path, flag, options.mode);
  try {
    writeAllSync(fd, data, options.encoding, -1);
    if (options.flush) check(fsb.fsync(fd, undefined), 'fsync');
  } finally {
    if (!userFd) fsb.close(fd, undefined);
  }
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateWriteData(data);
  const signal = options.signal;
  const aborted = () => {
    if (signal?.aborted) {
      callback(new AbortError(undefined, { cause: signal.reason }));
      return true;
    }
    return false;
  };
  if (signal?.aborted) {
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  const b = dataToBuffer(data, options.encoding);
  const userFd = isFd(path);
  const writeAll = (fd) => {
    let off = 0;
    const finish = (err) => {
      if (userFd) return callback(err ?? null);
      fsb.close(fd, (r) => callback(err ?? (isFailure(r) ? uvErr(r, 'close') : null)));
    };
    const step = () => {
      if (off >= b.byteLength) {
        if (options.flush) return fsb.fsync(fd, (r) => finish(isFailure(r) ? uvErr(r, 'fsync') : null));
        return finish(null);
      }
      fsb.write(fd, b.buffer, b.byteOffset + off, b.byteLength - off, -1, (r) => {
        if (isFailure(r)) return finish(uvErr(r, 'write'));
        if (aborted()) return userFd ? undefined : fsb.close(fd, () => {});
        off += r;
        step();
      });
    };
    step();
  };
  if (userFd) {
    writeAll(getValidatedFd(path));
    return;
  }
  const p = pathArg(path);
  fsb.open(p, stringToFlags(options.flag || 'w'), parseFileMode(options.mode, 'mode', 0o666), (fd) => {
    if (isFailure(fd)) return callback(uvErr(fd, 'open', path));
    writeAll(fd);
  });
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

// --- stat --------------------------------------------------------------------------------

function statOptions(options) {
  if (options == null || typeof options === 'function') return { bigint: false, throwIfNoEntry: true };
  return options;
}

function syncStats(bigint) {
  return getStatsFromBinding(bigint ? statBig : statF64);
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  const p = pathArg(path);
  const r = fsb.stat(p, Boolean(options.bigint), undefined);
  if (r === ENOENT && options.throwIfNoEntry === false) return undefined;
  check(r, 'stat', path);
  return syncStats(Boolean(options.bigint));
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  const p = pathArg(path);
  const r = fsb.lstat(p, Boolean(options.bigint), undefined);
  if (r === ENOENT && options.throwIfNoEntry === false) return undefined;
  check(r, 'lstat', path);
  return syncStats(Boolean(options.bigint));
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  check(fsb.fstat(fd, Boolean(options.bigint), undefined), 'fstat');
  return syncStats(Boolean(options.bigint));
}

function statLike(method, syscall) {
  return function(path, options = { bigint: false }, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = { bigint: false };
    }
    const bigint = Boolean(options?.bigint);
    callback = makeCallback(callback);
    const p = syscall === 'fstat' ? getValidatedFd(path) : pathArg(path);
    fsb[method](p, bigint, (r) => {
      if (isFailure(r)) return callback(uvErr(r, syscall, syscall === 'fstat' ? undefined : path));
      callback(null, statsFromBuffer(r, bigint));
    });
  };
}
const stat = statLike('stat', 'stat');
const lstat = statLike('lstat', 'lstat');
const fstat = statLike('fstat', 'fstat');
Object.defineProperty(stat, 'name', { value: 'stat' });
Object.defineProperty(lstat, 'name', { value: 'lstat' });
Object.defineProperty(fstat, 'name', { value: 'fstat' });

function statfsSync(path, options = { bigint: false }) {
  const r = check(fsb.statfs(pathArg(path), undefined), 'statfs', path);
  return utils.getStatFsFromBinding(r, Boolean(options?.bigint));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = { bigint: false };
  }
  callback = makeCallback(callback);
  fsb.statfs(pathArg(path), req(callback, 'statfs', path, undefined,
    (r) => utils.getStatFsFromBinding(r, Boolean(options?.bigint))));
}

// --- simple path calls -----------------------------------------------------------------------

/** A callback form: fsb[method](...args, cb) with errors named after syscall/path/dest. */
function asyncCall(method, syscall, path, dest, args, callback, map) {
  callback = makeCallback(callback);
  fsb[method](...args, req(callback, syscall, path, dest, map));
}

function rename(oldPath, newPath, callback) {
  const a = pathArg(oldPath, 'oldPath');
  const b = pathArg(newPath, 'newPath');
  asyncCall('rename', 'rename', oldPath, newPath, [a, b], callback);
}

function renameSync(oldPath, newPath) {
  const a = pathArg(oldPath, 'oldPath');
  const b = pathArg(newPath, 'newPath');
  check(fsb.rename(a, b, undefined), 'rename', oldPath, newPath);
}

function unlink(path, callback) {
  asyncCall('unlink', 'unlink', path, undefined, [pathArg(path)], callback);
}

function unlinkSync(path) {
  check(fsb.unlink(pathArg(path), undefined), 'unlink', path);
}

function link(existingPath, newPath, callback) {
  const a = pathArg(existingPath, 'existingPath');
  const b = pathArg(newPath, 'newPath');
  asyncCall('link', 'link', existingPath, newPath, [a, b], callback);
}

function linkSync(existingPath, newPath) {
  const a = pathArg(existingPath, 'existingPath');
  const b = pathArg(newPath, 'newPath');
  check(fsb.link(a, b, undefined), 'link', existingPath, newPath);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  validateSymlinkType(type);
  const t = pathArg(target, 'target');
  const p = pathArg(path);
  asyncCall('symlink', 'symlink', target, path, [t, p], callback);
}

function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  const t = pathArg(target, 'target');
  const p = pathArg(path);
  check(fsb.symlink(t, p, undefined), 'symlink', target, path);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  asyncCall('readlink', 'readlink', path, undefined, [pathArg(path, 'oldPath')], callback,
    (r) => stringOrBuffer(r, options.encoding));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  const r = check(fsb.readlink(pathArg(path, 'oldPath'), undefined), 'readlink', path);
  return stringOrBuffer(r, options.encoding);
}

function chmod(path, mode, callback) {
  const p = pathArg(path);
  mode = parseFileMode(mode, 'mode');
  asyncCall('chmod', 'chmod', path, undefined, [p, mode], callback);
}

function chmodSync(path, mode) {
  const p = pathArg(path);
  check(fsb.chmod(p, parseFileMode(mode, 'mode'), undefined), 'chmod', path);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  asyncCall('fchmod', 'fchmod', undefined, undefined, [fd, mode], callback);
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  check(fsb.fchmod(fd, parseFileMode(mode, 'mode'), undefined), 'fchmod');
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  const p = pathArg(path);
  validateIds(uid, gid);
  asyncCall('chown', 'chown', path, undefined, [p, uid, gid, false], callback);
}

function chownSync(path, uid, gid) {
  const p = pathArg(path);
  validateIds(uid, gid);
  check(fsb.chown(p, uid, gid, false, undefined), 'chown', path);
}

function lchown(path, uid, gid, callback) {
  const p = pathArg(path);
  validateIds(uid, gid);
  asyncCall('chown', 'lchown', path, undefined, [p, uid, gid, true], callback);
}

function lchownSync(path, uid, gid) {
  const p = pathArg(path);
  validateIds(uid, gid);
  check(fsb.chown(p, uid, gid, true, undefined), 'lchown', path);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  asyncCall('fchown', 'fchown', undefined, undefined, [fd, uid, gid], callback);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  check(fsb.fchown(fd, uid, gid, undefined), 'fchown');
}

function utimes(path, atime, mtime, callback) {
  const p = pathArg(path);
  asyncCall('utimes', 'utime', path, undefined,
    [p, toUnixTimestamp(atime), toUnixTimestamp(mtime), false], callback);
}

function utimesSync(path, atime, mtime) {
  const p = pathArg(path);
  check(fsb.utimes(p, toUnixTimestamp(atime), toUnixTimestamp(mtime), false, undefined), 'utime', path);
}

function lutimes(path, atime, mtime, callback) {
  const p = pathArg(path);
  asyncCall('utimes', 'lutime', path, undefined,
    [p, toUnixTimestamp(atime), toUnixTimestamp(mtime), true], callback);
}

function lutimesSync(path, atime, mtime) {
  const p = pathArg(path);
  check(fsb.utimes(p, toUnixTimestamp(atime), toUnixTimestamp(mtime), true, undefined), 'lutime', path);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  asyncCall('futimes', 'futime', undefined, undefined,
    [fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')], callback);
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  check(fsb.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'), undefined), 'futime');
}

function validateLen(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = validateLen(len);
  asyncCall('ftruncate', 'ftruncate', undefined, undefined, [fd, len], callback);
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  check(fsb.ftruncate(fd, validateLen(len), undefined), 'ftruncate');
}

let truncateFdWarned = false;
function truncate(path, len, callback) {
  if (isFd(path)) {
    if (!truncateFdWarned) {
      truncateFdWarned = true;
      process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use fs.ftruncate ' +
        'with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
    }
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  len = validateLen(len);
  callback = maybeCallback(callback);
  const p = pathArg(path);
  fsb.open(p, 2 /* O_RDWR */, 0o666, (fd) => {
    if (isFailure(fd)) return callback(uvErr(fd, 'open', path));
    fsb.ftruncate(fd, len, (r) => {
      fsb.close(fd, (c) => {
        if (isFailure(r)) return callback(uvErr(r, 'ftruncate'));
        callback(isFailure(c) ? uvErr(c, 'close') : null);
      });
    });
  });
}

function truncateSync(path, len) {
  if (isFd(path)) return ftruncateSync(path, len);
  len = validateLen(len);
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  asyncCall('fsync', 'fsync', undefined, undefined, [fd], callback);
}

function fsyncSync(fd) {
  check(fsb.fsync(getValidatedFd(fd), undefined), 'fsync');
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  asyncCall('fdatasync', 'fdatasync', undefined, undefined, [fd], callback);
}

function fdatasyncSync(fd) {
  check(fsb.fdatasync(getValidatedFd(fd), undefined), 'fdatasync');
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  const a = pathArg(src, 'src');
  const b = pathArg(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  asyncCall('copyFile', 'copyfile', src, dest, [a, b, mode], callback);
}

function copyFileSync(src, dest, mode) {
  const a = pathArg(src, 'src');
  const b = pathArg(dest, 'dest');
  check(fsb.copyFile(a, b, getValidMode(mode, 'copyFile'), undefined), 'copyfile', src, dest);
}

// --- directories ------------------------------------------------------------------------

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

/** mkdir -p: the first directory created, or undefined when all existed. */
function mkdirpSync(p, mode, origPath) {
  const r = fsb.mkdir(p, mode, undefined);
  if (r === 0) return p;
  if (r === EEXIST) {
    if (isDirectoryPath(p)) return undefined;
    throw utils.uvErr(r, 'mkdir', origPath);
  }
  if (r !== ENOENT) throw utils.uvErr(r, 'mkdir', origPath);
  const parent = require('path').dirname(p);
  if (parent === p) throw utils.uvErr(r, 'mkdir', origPath);
  const first = mkdirpSync(parent, mode, origPath);
  const again = fsb.mkdir(p, mode, undefined);
  if (again !== 0 && !(again === EEXIST && isDirectoryPath(p))) throw utils.uvErr(again, 'mkdir', origPath);
  return first ?? p;
}

function isDirectoryPath(p) {
  return fsb.stat(p, false, undefined) === 0 && (statF64[1] & S_IFMT) === S_IFDIR;
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  const p = pathArg(path);
  if (recursive) {
    // The path as given, as node walks it: 'a/../b' creates a too, and the result is relative.
    const first = mkdirpSync(p, mode, path);
    return first === undefined ? undefined : first;
  }
  check(fsb.mkdir(p, mode, undefined), 'mkdir', path);
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  const p = pathArg(path);
  callback = makeCallback(callback);
  if (recursive) {
    deferSync(callback, () => mkdirSync(path, { mode, recursive }));
    return;
  }
  fsb.mkdir(p, mode, req(callback, 'mkdir', path));
}

/** Runs a synchronous composite on the next tick (recursive mkdir/rm/readdir, cp, realpath). */
function deferSync(callback, fn) {
  setImmediate(() => {
    let result;
    try {
      result = fn();
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, result);
  });
}

let mkdtempXWarned = false;
/** The validated prefix as a string; once per process, node's warning for a prefix ending in X. */
function mkdtempPrefix(prefix) {
  prefix = getValidatedPath(prefix, 'prefix');
  const p = typeof prefix === 'string' ? prefix : Buffer.from(prefix).toString();
  if (!mkdtempXWarned && p.endsWith('X')) {
    mkdtempXWarned = true;
    process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
  }
  return p;
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  const p = mkdtempPrefix(prefix);
  const r = check(fsb.mkdtemp(p, undefined), 'mkdtemp', `${p}XXXXXX`);
  return stringOrBuffer(r, options.encoding);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const p = mkdtempPrefix(prefix);
  fsb.mkdtemp(p, req(callback, 'mkdtemp', `${p}XXXXXX`, undefined, (r) => stringOrBuffer(r, options.encoding)));
}

function rmdirSync(path, options) {
  const p = pathArg(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const opts = utils.validateRmdirOptions(options);
    check(fsb.lstat(p, false, undefined), 'lstat', path);
    // rmdir removes directories only, recursive or not.
    if ((statF64[1] & S_IFMT) !== S_IFDIR) check(ENOTDIR, 'rmdir', path);
    return require('internal/fs/rimraf').rimrafSync(p, opts);
  }
  utils.validateRmdirOptions(options);
  check(fsb.rmdir(p, undefined), 'rmdir', path);
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
    'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const p = pathArg(path);
  if (options?.recursive) {
    deferSync(callback, () => rmdirSync(path, options));
    return;
  }
  utils.validateRmdirOptions(options);
  fsb.rmdir(p, req(callback, 'rmdir', path));
}

function rmSync(path, options) {
  const p = pathArg(path);
  options = utils.validateRmOptionsBase(options);
  return require('internal/fs/rimraf').rmSync(p, path, options);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  pathArg(path);
  options = utils.validateRmOptionsBase(options);
  deferSync(callback, () => rmSync(path, options));
}

function readdirOptions(options) {
  options = getOptions(options);
  return options;
}

function direntsOf(dir, encoded, encoding, withFileTypes) {
  const { names, types } = decodeEntries(encoded);
  if (!withFileTypes) return names.map((n) => encodeName(n, encoding));
  return names.map((n, i) => new Dirent(encodeName(n, encoding), types[i], dir));
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  const p = pathArg(path);
  if (options.recursive) return readdirRecursiveSync(p, path, options);
  const r = check(fsb.readdir(p, undefined), 'scandir', path);
  return direntsOf(typeof path === 'string' ? path : p, r, options.encoding, options.withFileTypes);
}

function readdirRecursiveSync(p, origPath, options) {
  const pathMod = require('path');
  const out = [];
  const queue = [[p, '']];
  while (queue.length > 0) {
    const [dir, rel] = queue.shift();
    const r = check(fsb.readdir(dir, undefined), 'scandir', dir === p ? origPath : dir);
    const { names, types } = decodeEntries(r);
    for (let i = 0; i < names.length; i++) {
      const relName = rel ? pathMod.join(rel, names[i]) : names[i];
      if (options.withFileTypes) out.push(new Dirent(encodeName(names[i], options.encoding), types[i], dir));
      else out.push(encodeName(relName, options.encoding));
      if (types[i] === constants.UV_DIRENT_DIR) queue.push([pathMod.join(dir, names[i]), relName]);
    }
  }
  return out;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  const p = pathArg(path);
  if (options.recursive) {
    deferSync(callback, () => readdirRecursiveSync(p, path, options));
    return;
  }
  fsb.readdir(p, req(callback, 'scandir', path, undefined,
    (r) => direntsOf(typeof path === 'string' ? path : p, r, options.encoding, options.withFileTypes)));
}

// --- realpath -----------------------------------------------------------------------------

/** realpath as node's JS version reports failures: lstat of the first missing component. */
function realpathSync(p, options) {
  options = getOptions(options);
  const path = pathArg(p);
  const r = fsb.realpathNative(path, undefined);
  if (isFailure(r)) throw realpathError(path, r, p);
  return stringOrBuffer(r, options.encoding);
}

function realpathError(path, r, orig) {
  const pathMod = require('path');
  const abs = pathMod.resolve(path);
  const parts = abs.split('/').filter(Boolean);
  let cur = '';
  for (const part of parts) {
    cur += `/${part}`;
    const s = fsb.lstat(cur, false, undefined);
    if (isFailure(s)) return utils.uvErr(s, 'lstat', cur);
    if ((statF64[1] & S_IFMT) === S_IFLNK) {
      const t = fsb.stat(cur, false, undefined);
      if (isFailure(t)) return utils.uvErr(t, 'stat', cur);
    }
  }
  return utils.uvErr(r, 'lstat', typeof orig === 'string' ? orig : path);
}

function realpath(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  pathArg(p);
  deferSync(callback, () => realpathSync(p, options));
}

realpathSync.native = function realpathSync(path, options) {
  options = getOptions(options);
  const p = pathArg(path);
  return stringOrBuffer(check(fsb.realpathNative(p, undefined), 'realpath', path), options.encoding);
};

realpath.native = function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const p = pathArg(path);
  fsb.realpathNative(p, req(callback, 'realpath', path, undefined, (r) => stringOrBuffer(r, options.encoding)));
};

// --- cp -------------------------------------------------------------------------------------

function cpSync(src, dest, options) {
  options = utils.validateCpOptions(options);
  src = pathArg(src, 'src');
  dest = pathArg(dest, 'dest');
  require('internal/fs/cp').cpSync(src, dest, options);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = utils.validateCpOptions(options);
  src = pathArg(src, 'src');
  dest = pathArg(dest, 'dest');
  deferSync(callback, () => require('internal/fs/cp').cpSync(src, dest, options));
}

/** A Blob of the file's bytes as they are now (node's is read lazily; the content is the same). */
function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  const data = readFileSync(pathArg(path));
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([data], { type }));
}

// --- module ---------------------------------------------------------------------------------

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  // Plain functions, not methods: old code calls them with new.
  createReadStream: function createReadStream(path, options) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(path, options);
  },
  createWriteStream: function createWriteStream(path, options) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(path, options);
  },
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  opendir(path, options, callback) {
    return require('internal/fs/dir').opendir(path, options, callback);
  },
  openAsBlob,
  opendirSync(path, options) {
    return require('internal/fs/dir').opendirSync(path, options);
  },
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile(filename, listener) {
    return require('internal/fs/watchers').unwatchFile(filename, listener);
  },
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch(filename, options, listener) {
    return require('internal/fs/watchers').watch(filename, options, listener);
  },
  watchFile(filename, options, listener) {
    return require('internal/fs/watchers').watchFile(filename, options, listener);
  },
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    return require('internal/fs/streams').ReadStream;
  },
  set ReadStream(val) {
    Object.defineProperty(fs, 'ReadStream', { value: val, writable: true, configurable: true, enumerable: true });
  },
  get WriteStream() {
    return require('internal/fs/streams').WriteStream;
  },
  set WriteStream(val) {
    Object.defineProperty(fs, 'WriteStream', { value: val, writable: true, configurable: true, enumerable: true });
  },
  get FileReadStream() {
    return require('internal/fs/streams').ReadStream;
  },
  get FileWriteStream() {
    return require('internal/fs/streams').WriteStream;
  },
  get Dir() {
    return require('internal/fs/dir').Dir;
  },
  _toUnixTimestamp: toUnixTimestamp,
};

// lchmod exists only on macOS: node on Linux has the keys, set to undefined.

Object.defineProperties(fs, {
  F_OK: { enumerable: true, value: F_OK || 0 },
  R_OK: { enumerable: true, value: constants.R_OK },
  W_OK: { enumerable: true, value: constants.W_OK },
  X_OK: { enumerable: true, value: constants.X_OK },
  constants: { configurable: false, enumerable: true, value: constants },
  promises: {
    configurable: true,
    enumerable: true,
    get() {
      return require('internal/fs/promises').exports;
    },
  },
});
