'use strict';
// fs.Dir, opendir and opendirSync (Node's internal/fs/dir): a directory stream read in batches
// of `bufferSize` entries, in the order the kernel returns them.

const fsb = internalBinding('fs');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  check, uvErr, isFailure, getOptions, pathArg, getValidatedPath, decodeEntries, encodeName, Dirent,
} = require('internal/fs/utils');

const kHandle = Symbol('kDirHandle');
const kPath = Symbol('kDirPath');
const kBuffer = Symbol('kDirBufferedEntries');
const kClosed = Symbol('kDirClosed');
const kOptions = Symbol('kDirOptions');
const kOperationQueue = Symbol('kDirOperationQueue');
const kPending = Symbol('kDirReadPending');

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kHandle] = handle;
    this[kBuffer] = [];
    this[kPath] = path;
    this[kClosed] = false;
    this[kOperationQueue] = null;
    this[kPending] = false;
    this[kOptions] = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this[kOptions].bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this[kPath];
  }

  #entries(encoded) {
    const { names, types } = decodeEntries(encoded);
    const dirPath = typeof this[kPath] === 'string' ? this[kPath] : String(this[kPath]);
    for (let i = 0; i < names.length; i++) {
      this[kBuffer].push(new Dirent(encodeName(names[i], this[kOptions].encoding), types[i], dirPath));
    }
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationQueue] !== null) {
      this[kOperationQueue].push(() => this.read(callback));
      return;
    }
    if (this[kBuffer].length > 0) {
      const d = this[kBuffer].shift();
      process.nextTick(callback, null, d);
      return;
    }
    this[kOperationQueue] = [];
    this[kPending] = true;
    fsb.dirRead(this[kHandle], this[kOptions].bufferSize, (r) => {
      this[kPending] = false;
      const queue = this[kOperationQueue];
      this[kOperationQueue] = null;
      try {
        if (isFailure(r)) callback(uvErr(r, 'scandir', this[kPath]));
        else {
          this.#entries(r);
          callback(null, this[kBuffer].shift() ?? null);
        }
      } finally {
        for (const op of queue) op();
      }
    });
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kBuffer].length > 0) return this[kBuffer].shift();
    const r = check(fsb.dirRead(this[kHandle], this[kOptions].bufferSize, undefined), 'scandir', this[kPath]);
    this.#entries(r);
    return this[kBuffer].shift() ?? null;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kOperationQueue] !== null) {
      this[kOperationQueue].push(() => this.close(callback));
      return;
    }
    this[kClosed] = true;
    fsb.dirClose(this[kHandle], (r) => callback(isFailure(r) ? uvErr(r, 'closedir') : null));
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    check(fsb.dirClose(this[kHandle], undefined), 'closedir');
  }

  async* entries() {
    try {
      while (true) {
        const d = await this.read();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  const p = pathArg(path);
  options = getOptions(options, { encoding: 'utf8' });
  fsb.dirOpen(p, (r) => {
    if (isFailure(r)) return callback(uvErr(r, 'opendir'));
    let dir;
    try {
      dir = new Dir(r, getValidatedPath(path), options);
    } catch (err) {
      return callback(err);
    }
    callback(null, dir);
  });
}

function opendirSync(path, options) {
  const p = pathArg(path);
  options = getOptions(options, { encoding: 'utf8' });
  const handle = check(fsb.dirOpen(p, undefined), 'opendir');
  return new Dir(handle, getValidatedPath(path), options);
}

module.exports = { Dir, opendir, opendirSync };
