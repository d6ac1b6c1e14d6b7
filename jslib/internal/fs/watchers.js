'use strict';
// fs.watch and fs.watchFile. Both poll with stat on a timer (no inotify yet): watchFile every
// `interval` ms like libuv's uv_fs_poll; watch every 100 ms, comparing a file's stat or a
// directory's listing, and reporting 'rename' for names that come or go, 'change' otherwise.

const EventEmitter = require('events');
const pathMod = require('path');
const { Buffer } = require('buffer');
const { validateAbortSignal, validateBoolean, validateFunction, validateObject } = require('internal/validators');
const {
  assertEncoding, getValidatedPath, toNamespacedPath, check, Stats, BigIntStats,
} = require('internal/fs/utils');

const fsb = internalBinding('fs');
const kWatchInterval = 100;

let fsModule;
const fs = () => (fsModule ??= require('fs'));

function zeroStats(bigint) {
  const z = bigint ? 0n : 0;
  const S = bigint ? BigIntStats : Stats;
  return new S(z, z, z, z, z, z, z, z, z, z, z, z, z, z);
}

function statOrZero(path, bigint) {
  try {
    return fs().statSync(path, { bigint }) ?? zeroStats(bigint);
  } catch {
    return zeroStats(bigint);
  }
}

function sameStats(a, b) {
  return a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size && a.mode === b.mode &&
    a.ino === b.ino && a.dev === b.dev && a.uid === b.uid && a.gid === b.gid && a.nlink === b.nlink;
}

// --- watchFile -----------------------------------------------------------------------------

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._refed = true;
    this._prev = null;
  }

  start(filename, persistent, interval) {
    if (this._timer) return;
    this._path = filename;
    this._prev = statOrZero(filename, this._bigint);
    this._refed = persistent;
    // A file missing from the start is reported once, with both stats zeroed.
    if (Number(this._prev.ino) === 0 && Number(this._prev.mtimeMs) === 0) {
      process.nextTick(() => this.emit('change', this._prev, this._prev));
    }
    this._timer = setInterval(() => {
      const curr = statOrZero(filename, this._bigint);
      if (!sameStats(curr, this._prev)) {
        const prev = this._prev;
        this._prev = curr;
        this.emit('change', curr, prev);
      }
    }, interval);
    if (!persistent) this._timer.unref();
  }

  stop() {
    if (!this._timer) return;
    clearInterval(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._timer?.ref();
    return this;
  }

  unref() {
    this._timer?.unref();
    return this;
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename, 'filename');
  filename = pathMod.resolve(toNamespacedPath(filename));
  const defaults = { interval: 5007, persistent: true };
  if (options !== null && typeof options === 'object') {
    options = { ...defaults, ...options };
  } else {
    listener = options;
    options = defaults;
  }
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename, 'filename');
  filename = pathMod.resolve(toNamespacedPath(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// --- watch ---------------------------------------------------------------------------------

function snapshot(path, recursive) {
  const entries = new Map();
  const walk = (dir, rel) => {
    let names;
    try {
      names = fs().readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of names) {
      const relName = rel ? `${rel}/${d.name}` : d.name;
      const s = statOrZero(`${dir}/${d.name}`, false);
      entries.set(relName, s);
      if (recursive && d.isDirectory()) walk(`${dir}/${d.name}`, relName);
    }
  };
  walk(path, '');
  return entries;
}

class FSWatcher extends EventEmitter {
  constructor(path, options) {
    super();
    this._path = path;
    this._encoding = options.encoding;
    this._recursive = Boolean(options.recursive);
    this._self = statOrZero(path, false);
    this._isDir = this._self.isDirectory();
    this._entries = this._isDir ? snapshot(path, this._recursive) : null;
    this._closed = false;
    this._timer = setInterval(() => this._poll(), kWatchInterval);
    if (options.persistent === false) this._timer.unref();
  }

  /** A changed entry's name in the watcher's encoding (names are UTF-8 on disk). */
  _name(name) {
    const encoding = this._encoding;
    if (encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8') return name;
    return encoding === 'buffer' ? Buffer.from(name) : Buffer.from(name).toString(encoding);
  }

  _poll() {
    const base = pathMod.basename(this._path);
    const now = statOrZero(this._path, false);
    if (!this._isDir) {
      if (Number(now.ino) !== Number(this._self.ino)) this.emit('change', 'rename', this._name(base));
      else if (!sameStats(now, this._self)) this.emit('change', 'change', this._name(base));
      this._self = now;
      return;
    }
    const next = snapshot(this._path, this._recursive);
    for (const [name, s] of next) {
      const old = this._entries.get(name);
      if (old === undefined) this.emit('change', 'rename', this._name(name));
      // A directory's own times change as entries come and go: inotify reports those entries, not it.
      else if (!sameStats(old, s) && !s.isDirectory()) this.emit('change', 'change', this._name(name));
    }
    for (const name of this._entries.keys()) {
      if (!next.has(name)) this.emit('change', 'rename', this._name(name));
    }
    this._entries = next;
    if (Number(now.ino) === 0) {
      // The watched directory itself is gone.
      this.emit('change', 'rename', this._name(base));
      this.close();
    }
  }

  close() {
    if (this._closed) return;
    this._closed = true;
    clearInterval(this._timer);
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._timer.ref();
    return this;
  }

  unref() {
    this._timer.unref();
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  if (typeof options === 'string') options = { encoding: options };
  options ??= {};
  validateObject(options, 'options');
  if (options.persistent !== undefined) validateBoolean(options.persistent, 'options.persistent');
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  const path = toNamespacedPath(getValidatedPath(filename, 'filename'));
  try {
    check(fsb.stat(path, false, undefined), 'watch', filename);
  } catch (err) {
    err.filename = filename;
    throw err;
  }
  const watcher = new FSWatcher(path, options);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) process.nextTick(() => watcher.close());
    else options.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

module.exports = { watch, watchFile, unwatchFile, FSWatcher, StatWatcher };
