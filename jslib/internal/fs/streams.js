'use strict';
// fs.ReadStream and fs.WriteStream (Node's internal/fs/streams): a Readable/Writable over an fd,
// opened in _construct (emitting 'open' and 'ready'), closed when destroyed if autoClose.

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED },
  errnoException,
} = require('internal/errors');
const { validateInteger, validateFunction } = require('internal/validators');
const { errorOrDestroy } = require('internal/streams/destroy');
const DOUBLE_ZERO = require('internal/util/double_zero');
const {
  copyObject, getOptions, getValidatedFd, getValidatedPath, toPathIfFileURL, kBindingIo, isFailure, uvErrAsync,
} = require('internal/fs/utils');

const fsb = internalBinding('fs');
// The binding's direct buffer behind each chunk a ReadStream read: written on from that memory.
const hostBuffers = new WeakMap();

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');

let fsModule;
function defaultFs() {
  return (fsModule ??= require('fs'));
}

// open() was how streams opened their file before _construct (DEP0135). It does nothing now, but
// code from that time (graceful-fs and the like) replaces it, and the replacement is still called.
const { deprecate } = require('internal/util/deprecate');
const openRead = deprecate(function open() {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const openWrite = deprecate(function open() {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');

function _construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openRead && stream.open !== openWrite) {
    openByReplacement(stream, callback);
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

/**
 * A replaced open() reports by emitting 'open' (with stream.fd set) or 'error'; the first of the two
 * ends construction. The stream is constructed before 'open' reaches its listeners, and an 'error'
 * becomes the construction's error, which the stream then emits once as it is destroyed.
 */
function openByReplacement(stream, callback) {
  const ownEmit = Object.hasOwn(stream, 'emit') ? stream.emit : undefined;
  const emit = stream.emit;
  stream.emit = function emitDuringOpen(event, ...args) {
    if (event !== 'open' && event !== 'error') return Reflect.apply(emit, this, [event, ...args]);
    if (ownEmit === undefined) delete stream.emit;
    else stream.emit = ownEmit;
    if (event === 'error') {
      callback(args[0]);
      return true;
    }
    callback();
    return Reflect.apply(emit, this, [event, ...args]);
  };
  stream.open();
}

function close(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeFd(stream, err || flushErr, cb));
  } else {
    closeFd(stream, err, cb);
  }
}

function closeFd(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs ?? defaultFs();
    return getValidatedFd(options.fd, 'options.fd');
  }
  if (options.fd != null && typeof options.fd === 'object') {
    // A FileHandle: its own methods do the I/O, so an fs option has nothing to replace.
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    const { FileHandle } = require('internal/fs/promises');
    if (options.fd instanceof FileHandle) {
      stream[kFs] = fileHandleFs(options.fd);
      options.fd.on('close', () => stream.close());
    } else {
      stream[kFs] = defaultFs();
    }
    return options.fd.fd;
  }
  if (options.fd != null) throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
  stream[kFs] = options.fs ?? defaultFs();
  return null;
}

// A stream on a FileHandle does its I/O through the handle's own methods, as node's does (a
// caller may have wrapped them).
function fileHandleFs(handle) {
  const { kRef, kUnref } = require('internal/fs/promises');
  const settle = (promise, cb, ...fields) =>
    promise.then((r) => cb(null, ...fields.map((f) => r[f])), cb);
  handle[kRef]();
  return {
    ...defaultFs(),
    read: (fd, buf, off, len, pos, cb) => settle(handle.read(buf, off, len, pos), cb, 'bytesRead', 'buffer'),
    write: (fd, buf, off, len, pos, cb) => settle(handle.write(buf, off, len, pos), cb, 'bytesWritten', 'buffer'),
    writev: (fd, bufs, pos, cb) => settle(handle.writev(bufs, pos), cb, 'bytesWritten', 'buffers'),
    close: (fd, cb) => {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
  };
}

function destroyImpl(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => close(this, err || er, cb));
  else close(this, err, cb);
}

/** The validated path of a stream that opens its own file, as a string; undefined with an fd. */
function streamPath(fd, path) {
  if (fd != null) return undefined;
  const p = getValidatedPath(toPathIfFileURL(path));
  return typeof p === 'string' ? p : Buffer.from(p).toString();
}

// --- ReadStream ------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;

  const fd = importFd(this, options);
  if (options.fs) {
    for (const m of ['open', 'read', 'close']) if (options.fs[m] !== undefined) validateFunction(options.fs[m], `options.fs.${m}`);
  }
  // Every check before the Readable constructor, which schedules the open: a bad option must not
  // open (or create) the file.
  const filePath = streamPath(fd, path);
  const end = options.end ?? Infinity;
  if (options.start !== undefined) validateInteger(options.start, 'start', 0);
  if (end !== Infinity) {
    validateInteger(end, 'end', 0);
    if (options.start !== undefined && options.start > end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${end})`, options.start);
    }
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  Reflect.apply(Readable, this, [options]);

  this.fd = fd;
  this.path = filePath;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;

  this.start = options.start;
  this.end = end;
  this.pos = this.start;
  this.bytesRead = DOUBLE_ZERO;
  this[kIsPerformingIO] = false;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
  configurable: true,
});

ReadStream.prototype._construct = _construct;
ReadStream.prototype.open = openRead;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  readChunk(this, n, (er, bytesRead, buf) => {
    this[kIsPerformingIO] = false;
    // Tell ._destroy() that it's safe to close the fd now.
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buf.length) {
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        buf.copy(dst, 0, 0, bytesRead);
        buf = dst;
      }
      this.push(buf);
    } else {
      this.push(null);
    }
  });
};

// cb(er, bytesRead, buf). With fs.read itself, the binding's buffer holds exactly the bytes read
// and is passed on as is; otherwise (options.fs, a patched fs.read) into a new buffer, as node does.
function readChunk(stream, n, cb) {
  const fs = stream[kFs];
  if (fs.read[kBindingIo] !== true) {
    fs.read(stream.fd, Buffer.allocUnsafeSlow(n), 0, n, stream.pos, cb);
    return;
  }
  fsb.readAsync(stream.fd, n, stream.pos ?? -1, (r) => {
    if (isFailure(r)) return cb(uvErrAsync(r, 'read'));
    const buf = Buffer.from(new ArrayBuffer(r));
    hostBuffers.set(buf.buffer, r);
    cb(null, buf.length, buf);
  });
}

ReadStream.prototype._destroy = destroyImpl;

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

// --- WriteStream -----------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;

  const fd = importFd(this, options);
  if (options.fs) {
    for (const m of ['open', 'write', 'writev', 'close']) if (options.fs[m] !== undefined) validateFunction(options.fs[m], `options.fs.${m}`);
  }
  // As ReadStream: all checks before the Writable constructor schedules the open (and truncation).
  const filePath = streamPath(fd, path);
  if (options.start !== undefined) validateInteger(options.start, 'start', 0);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  Reflect.apply(Writable, this, [options]);

  this.fd = fd;
  this.path = filePath;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.flush = options.flush == null ? false : Boolean(options.flush);

  this.start = options.start;
  this.pos = this.start;
  this.bytesWritten = DOUBLE_ZERO;
  this[kIsPerformingIO] = false;
  // An fs without writev gets the chunks that queue up one write at a time, as in node.
  if (typeof this[kFs].writev !== 'function') this._writev = null;
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
  configurable: true,
});

WriteStream.prototype._construct = _construct;
WriteStream.prototype.open = openWrite;

// cb(er, bytesWritten). With fs.write itself, straight to the binding, without its argument checks
// (and without a copy when the chunk came from a ReadStream).
function writeChunk(stream, data, size, pos, cb) {
  const fs = stream[kFs];
  if (fs.write[kBindingIo] !== true) {
    fs.write(stream.fd, data, 0, size, pos, cb);
    return;
  }
  const done = (r) => {
    if (isFailure(r)) cb(uvErrAsync(r, 'write'));
    else cb(null, r);
  };
  const host = hostBuffers.get(data.buffer);
  if (host !== undefined) fsb.writeBuffer(stream.fd, host, data.byteOffset, size, pos ?? -1, done);
  else fsb.write(stream.fd, data.buffer, data.byteOffset, size, pos ?? -1, done);
}

function writeAll(data, size, pos, cb, retries = 0) {
  writeChunk(this, data, size, pos, (er, bytesWritten) => {
    if (er?.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) return cb(er || new ERR_STREAM_DESTROYED('write'));
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos = pos === undefined ? pos : pos + bytesWritten;
    if (retries > 5) cb(errnoException(-11, 'write')); // EAGAIN that never drains
    else if (size) writeAll.call(this, data.slice(bytesWritten), size, pos, cb, retries);
    else cb();
  });
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll.call(this, data, data.length, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += data.length;
};

// Node's own fs: the queued chunks as one buffer, one write through the binding. An fs of the
// caller's own: its writev, with what a short write left over written as one buffer.
WriteStream.prototype._writev = function(data, cb) {
  const chunks = data.map((d) => d.chunk);
  const fs = this[kFs];
  if (fs.writev === defaultFs().writev) return this._write(Buffer.concat(chunks), 'buffer', cb);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const pos = this.pos;
  if (pos !== undefined) this.pos += size;
  this[kIsPerformingIO] = true;
  const done = (er) => {
    this[kIsPerformingIO] = false;
    cb(er);
    if (this.destroyed) this.emit(kIoDone, er);
  };
  fs.writev(this.fd, chunks, pos ?? null, (er, bytesWritten) => {
    if (this.destroyed || er) return done(er || new ERR_STREAM_DESTROYED('writev'));
    this.bytesWritten += bytesWritten;
    if (bytesWritten === size) return done();
    const rest = Buffer.concat(chunks).subarray(bytesWritten);
    writeAll.call(this, rest, rest.length, pos === undefined ? pos : pos + bytesWritten, done);
  });
};

WriteStream.prototype._destroy = destroyImpl;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // With autoClose off, the fd still has to close once everything is written.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

module.exports = { ReadStream, WriteStream };
