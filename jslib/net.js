'use strict';
// Node's `net` module: TCP and Unix-domain servers and sockets. net.Socket is a stream.Duplex
// over a TCP/Pipe handle (internal/net/handles, Java SocketHandle on Netty epoll); the event
// order and error messages follow node's lib/net.js.

const EventEmitter = require('events');
const stream = require('stream');
const { Buffer } = require('buffer');
const {
  TCP, Pipe, TCPConnectWrap, PipeConnectWrap, WriteWrap, ShutdownWrap,
  constants: TCPConstants, owner_symbol, guessSocketType, UV_EOF,
} = require('internal/net/handles');
const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const { setUnrefTimeout, clearTimeoutImpl, getTimerDuration } = require('internal/timers');
const { startPerf, stopPerf } = require('internal/perf/observe');
const { deprecate } = require('internal/util/deprecate');
const {
  errnoException,
  exceptionWithHostPort,
  NodeAggregateError,
  genericNodeError,
  codes: {
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
const { SocketAddress } = require('internal/net/socketaddress');
const { BlockList } = require('internal/net/blocklist');

const UV_EINVAL = -22;
const UV_ENOTCONN = -107;
const UV_ETIMEDOUT = -110;
const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

const kTimeout = Symbol('timeout');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
// A TCP connect's timing for a 'net' PerformanceObserver, as node takes it.
const kPerfConnect = Symbol('kPerfConnect');
const kBytesRead = Symbol('kBytesRead');
const kUserBuffer = Symbol('kUserBuffer');
const kUserBufferCb = Symbol('kUserBufferCb');
const kUserPending = Symbol('kUserPending');
const kUserEof = Symbol('kUserEof');
const kBytesWritten = Symbol('kBytesWritten');
const normalizedArgsSymbol = Symbol('normalizedArgs');

let dns;
let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function noop() {}

function getDefaultHighWaterMark() {
  return stream.getDefaultHighWaterMark ? stream.getDefaultHighWaterMark(false) : 16384;
}

// --- argument shapes ----------------------------------------------------------------------

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// [options, cb] from (options[, cb]), (path[, cb]) or (port[, host][, cb]).
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// A handle for an fd we were given: TCP or Pipe, by what the fd is.
function createHandle(fd, isServer) {
  validateInt32(fd, 'fd', 0);
  const type = guessSocketType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

// --- Socket --------------------------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (options?.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }

  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this._closeAfterHandlingError = false;

  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };

  // Default to *not* allowing half open sockets; net emits 'close' itself once the handle closes.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  // The signal is the socket's own (addClientAbortSignalOption below), not the stream's.
  stream.Duplex.call(this, { ...options, signal: undefined });

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    this._handle = createHandle(fd, false);
    const err = this._handle.open(fd);
    if (err) throw errnoException(err, 'open');
  }

  // onread: reads go into the caller's buffer (or one its function returns) and to its
  // callback instead of 'data'.
  this[kUserBufferCb] = null; // one shape for every socket: onStreamRead checks it per read
  const onread = options.onread;
  if (onread !== null && typeof onread === 'object' && typeof onread.callback === 'function' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function')) {
    this[kUserBuffer] = onread.buffer;
    this[kUserBufferCb] = onread.callback;
    this[kUserPending] = null;
    this[kUserEof] = false;
  }

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);
  this._pendingData = null;
  this._pendingEncoding = '';

  // With a handle, start the flow of data now; otherwise it starts on connect.
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  if (options.signal) addClientAbortSignalOption(this, options);

  this.server = null;
  this._server = null;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

function addClientAbortSignalOption(self, options) {
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  let disposable;
  function onAbort() {
    disposable?.();
    const { AbortError } = require('internal/errors');
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  }
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    disposable = () => signal.removeEventListener('abort', onAbort);
    self.once('close', disposable);
  }
}

// Without allowHalfOpen, our writable side ends when the readable side does (Duplex ends it).
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const err = genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, err);
  this.destroy(err);
  return false;
}

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[owner_symbol] = self;
    self._handle.onread = onStreamRead;
  }
}

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  clearTimeoutImpl(this[kTimeout]);
  this[kTimeout] = null;
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = setUnrefTimeout(() => this._onTimeout(), msecs);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function _onTimeout() {
  const handle = this._handle;
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    // A write is still draining: that is activity, so wait another period.
    const { writeQueueSize } = handle;
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  get() { return !this._handle || this.connecting; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
});

Socket.prototype._read = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

Socket.prototype.end = function end(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

// With onread no data passes through the stream, so pause and resume stop and start the
// handle themselves (and resume first hands over what a pause held back).
Socket.prototype.pause = function pause() {
  if (this[kUserBufferCb] && !this.connecting && this._handle?.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(errnoException(err, 'read'));
    }
  }
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  if (this[kUserBufferCb] && !this.connecting && this._handle && !this._handle.reading) {
    const held = this[kUserPending];
    this[kUserPending] = null;
    if (held === null || deliverToUser(this, held)) {
      // An EOF that came while paused is due now; else reading goes on.
      if (this[kUserEof]) onStreamRead.call(this._handle, UV_EOF);
      else tryReadStart(this);
    }
  }
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function read(n) {
  return stream.Duplex.prototype.read.call(this, n);
};

// Half-close once everything written has gone out.
Socket.prototype._final = function _final(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  const req = new ShutdownWrap();
  req.oncomplete = afterShutdown;
  req.handle = this._handle;
  req.callback = cb;
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
};

function afterShutdown() {
  this.callback();
}

// Readable side of the handle: data, EOF, or a read error.
function onStreamRead(nread, buf) {
  const handle = this;
  const self = handle[owner_symbol];
  if (!self) return;
  self._unrefTimer();
  if (nread > 0 && !self.destroyed) {
    const ret = self[kUserBufferCb] ? toUserBuffer(self, buf) : self.push(buf);
    if (!ret && handle.reading) {
      handle.reading = false;
      const err = handle.readStop();
      if (err) self.destroy(errnoException(err, 'read'));
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    self.destroy(errnoException(nread, 'read'));
    return;
  }
  // EOF: nothing more will be read from this handle.
  if (self.destroyed) return;
  // A paused onread socket hears of EOF after what it holds, on resume() (libuv would not
  // read it before).
  if (self[kUserBufferCb] && !self[kUserEof] && (self[kUserPending] !== null || !handle.reading)) {
    self[kUserEof] = true;
    return;
  }
  // libuv asks for a buffer for the read that finds EOF too.
  if (typeof self[kUserBuffer] === 'function') self[kUserBuffer]();
  handle.reading = false;
  self.push(null);
  self.read(0);
}

// A read for the onread callback. While the socket is paused (a read the loop had under way when
// it stopped) it is held behind what is held already, for resume().
function toUserBuffer(self, data) {
  const held = self[kUserPending];
  if (held !== null || !self._handle.reading) {
    self[kUserPending] = held === null ? data : Buffer.concat([held, data]);
    return false;
  }
  return deliverToUser(self, data);
}

// Hands bytes to the onread callback a buffer's worth at a time, as libuv reads into the
// caller's buffer. When the callback returns false or pauses the socket, the rest is held for
// resume(), and false is returned.
function deliverToUser(self, data) {
  for (let at = 0; at < data.length;) {
    const target = typeof self[kUserBuffer] === 'function' ? self[kUserBuffer]() : self[kUserBuffer];
    const n = Math.min(target.length, data.length - at);
    target.set(data.subarray(at, at + n));
    at += n;
    const go = self[kUserBufferCb].call(self, n, target) !== false && !self.isPaused();
    if (!go) {
      if (at < data.length) self[kUserPending] = data.subarray(at);
      return false;
    }
  }
  return true;
}

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  for (let s = this; s !== null; s = s._parent) {
    clearTimeoutImpl(s[kTimeout]);
  }
  this.connecting = false;
  if (this._handle) {
    const isException = exception ? true : false;
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = this._handle.reset(() => this.emit('close', isException));
      if (err) this.emit('error', errnoException(err, 'reset'));
    } else if (this._closeAfterHandlingError) {
      // Give a pending 'error' listener the chance to run before 'close'.
      const h = this._handle;
      process.nextTick(() => h.close(() => this.emit('close', isException)));
    } else {
      this._handle.close(() => this.emit('close', isException));
    }
    this._handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(emitCloseNT, this);
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

function emitCloseNT(self) {
  self.emit('close', self._hadError === true);
}

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

function protoGetter(name, callback) {
  Object.defineProperty(Socket.prototype, name, {
    configurable: false,
    enumerable: true,
    get: callback,
  });
}

protoGetter('bytesRead', function bytesRead() {
  return this._handle ? this._handle.bytesRead : this[kBytesRead];
});

protoGetter('remoteAddress', function remoteAddress() {
  return this._getpeername().address;
});

protoGetter('remoteFamily', function remoteFamily() {
  return this._getpeername().family;
});

protoGetter('remotePort', function remotePort() {
  return this._getpeername().port;
});

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    this._sockname = {};
    const err = this._handle.getsockname(this._sockname);
    if (err !== 0) {
      this._sockname = null;
      return {};
    }
  }
  return this._sockname;
};

protoGetter('localAddress', function localAddress() {
  return this._getsockname().address;
});

protoGetter('localPort', function localPort() {
  return this._getsockname().port;
});

protoGetter('localFamily', function localFamily() {
  return this._getsockname().family;
});

Socket.prototype[kAfterAsyncWrite] = function afterAsyncWrite() {
  this[kLastWriteQueueSize] = 0;
};

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  // Writes before the connection is up wait for 'connect'.
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const req = new WriteWrap();
  req.handle = this._handle;
  req.oncomplete = onWriteComplete;
  req.callback = cb;
  req.socket = this;
  let err;
  const joined = writev ? joinUtf8Strings(data) : undefined;
  if (joined !== undefined) {
    err = this._handle.writeUtf8String(req, joined);
  } else if (writev) {
    const chunks = [];
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding: enc } = data[i];
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk);
    }
    err = this._handle.writeBuffer(req, Buffer.concat(chunks));
  } else if (typeof data === 'string') {
    if (encoding === 'utf8' || encoding === 'utf-8' || encoding === undefined || encoding === null) {
      err = this._handle.writeUtf8String(req, data);
    } else {
      err = this._handle.writeBuffer(req, Buffer.from(data, encoding));
    }
  } else {
    err = this._handle.writeBuffer(req, data);
  }
  if (err) {
    cb(errnoException(err, 'write', req.error));
    return;
  }
  if (req.async) {
    this[kLastWriteQueueSize] = req.bytes;
  } else {
    cb();
  }
};

// A corked batch of UTF-8 strings (http's head + body, then end()'s empty chunk) as one string, so
// it goes out in one write with no Buffer built; undefined when a chunk is anything else.
function joinUtf8Strings(chunks) {
  let s = '';
  for (let i = 0; i < chunks.length; i++) {
    const { chunk, encoding } = chunks[i];
    if (typeof chunk !== 'string') return undefined;
    if (chunk.length === 0) continue;
    if (encoding !== 'utf8' && encoding !== 'utf-8' && encoding != null && encoding !== '') return undefined;
    s += chunk;
  }
  return s;
}

function onWriteComplete(status) {
  const self = this.socket;
  if (self.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    this.callback(errnoException(status, 'write', this.error));
    return;
  }
  self._unrefTimer();
  self[kAfterAsyncWrite]();
  this.callback(null);
}

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

protoGetter('bytesWritten', function bytesWritten() {
  let bytes = this._handle ? this._handle.bytesWritten : this[kBytesWritten];
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const el of writableBuffer) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  }
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const chunk = data[i];
      if (data.allBuffers || chunk instanceof Buffer) bytes += chunk.length;
      else bytes += Buffer.byteLength(chunk.chunk, chunk.encoding);
    }
  } else if (data) {
    if (typeof data !== 'string') bytes += data.length;
    else bytes += Buffer.byteLength(data, encoding);
  }
  return bytes;
});

function checkBindError(err, port, handle) {
  // A TCP server bound to a port another process shares with SO_REUSEPORT: not emulated.
  return err;
}

function internalConnect(self, address, port, addressType, localAddress, localPort, flags) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress = localAddress || DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress = localAddress || DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, flags);
    }
    err = checkBindError(err, localPort, self._handle);
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  let req;
  if (addressType === 6 || addressType === 4) {
    req = new TCPConnectWrap();
    req.oncomplete = afterConnect;
    req.address = address;
    req.port = port;
    req.localAddress = localAddress;
    req.localPort = localPort;
    self[kPerfConnect] = startPerf('net', 'connect', { host: address, port });
    err = addressType === 4 ? self._handle.connect(req, address, port) : self._handle.connect6(req, address, port);
  } else {
    req = new PipeConnectWrap();
    req.address = address;
    req.oncomplete = afterConnect;
    err = self._handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname && sockname.address) details = sockname.address + ':' + sockname.port;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

Socket.prototype.connect = function connect(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }
  const { path } = options;
  const pipe = !!path;
  if (!this._handle) {
    this._handle = pipe ? new Pipe(TCPConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
  }
  if (cb !== null) this.once('connect', cb);
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamily } = options;
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  let attemptTimeout = options.autoSelectFamilyAttemptTimeout;
  if (attemptTimeout != null) {
    validateInt32(attemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (attemptTimeout < 10) attemptTimeout = 10;
  } else {
    attemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  // An IP needs no lookup.
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  dns ??= require('dns');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) dnsopts.hints = dns.ADDRCONFIG;
  self._host = host;
  const lookup = options.lookup || dns.lookup;
  const multi = autoSelectFamily && dnsopts.family !== 4 && dnsopts.family !== 6;
  if (multi) dnsopts.all = true;
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    // With `all`, try the addresses in turn (happy eyeballs, connectInTurn).
    let all = !err && Array.isArray(ip);
    if (all) {
      const list = ip;
      if (list.length === 0) {
        err = new ERR_INVALID_IP_ADDRESS(undefined);
        all = false; // reported as one failed lookup below
      } else {
        for (const { address, family } of list) self.emit('lookup', null, address, family, host);
        if (!self.connecting) return;
        const valid = list.filter((a) => isIP(a.address) && (a.family === 4 || a.family === 6));
        if (valid.length > 0) {
          connectInTurn(self, interleaveFamilies(valid), 0, port, localAddress, localPort, attemptTimeout);
          return;
        }
        // None usable: the first one's fault, as below ('lookup' has been emitted for each).
        [{ address: ip, family: addressType }] = list;
      }
    }
    if (!all) self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(connectErrorNT, self,
                       new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

// Happy eyeballs' order (RFC 8305): the families alternate, starting with the first address's.
function interleaveFamilies(list) {
  const first = list.filter((a) => a.family === list[0].family);
  const other = list.filter((a) => a.family !== list[0].family);
  const out = [];
  for (let i = 0; i < Math.max(first.length, other.length); i++) {
    if (i < first.length) out.push(first[i]);
    if (i < other.length) out.push(other[i]);
  }
  return out;
}

// autoSelectFamily's attempts, one address at a time: the next address gets a fresh handle when
// this one fails, or when it has not connected within attemptTimeout ms (an address that drops
// the SYNs would otherwise hold the socket for the kernel's minutes of retries).
function connectInTurn(self, list, i, port, localAddress, localPort, attemptTimeout) {
  const { address, family } = list[i];
  if (i === 0) {
    self.autoSelectFamilyAttemptedAddresses = [];
    self[kAttemptErrors] = [];
  }
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  if (i + 1 < list.length) {
    const next = () => {
      clearTimeoutImpl(self[kAttemptTimer]);
      self[kNextAttempt] = null;
      self._handle.close();
      self._handle = new TCP(TCPConstants.SOCKET);
      initSocketHandle(self);
      connectInTurn(self, list, i + 1, port, localAddress, localPort, attemptTimeout);
    };
    self[kNextAttempt] = next;
    self[kAttemptTimer] = setUnrefTimeout(() => {
      if (!self.connecting || self.destroyed || self[kNextAttempt] !== next) return;
      self[kAttemptErrors].push(exceptionWithHostPort(UV_ETIMEDOUT, 'connect', address, port));
      next();
    }, attemptTimeout);
  } else {
    self[kNextAttempt] = null;
  }
  self._unrefTimer();
  internalConnect(self, address, port, family, localAddress, localPort);
}
const kNextAttempt = Symbol('kNextAttempt');
const kAttemptTimer = Symbol('kAttemptTimer');
const kAttemptErrors = Symbol('kAttemptErrors');

function connectErrorNT(self, err) {
  self.destroy(err);
}

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[owner_symbol];
  // An attempt given up for the next address (connectInTurn) may still report.
  if (!self || self.destroyed || handle !== self._handle) return;
  clearTimeoutImpl(self[kAttemptTimer]);
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    self[kNextAttempt] = null;
    stopPerf(self[kPerfConnect]);
    self[kPerfConnect] = null;
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    // Start the first read (or see an immediate EOF).
    if (readable && !self.isPaused()) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) details = req.localAddress + ':' + req.localPort;
    const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    const errors = self[kAttemptErrors];
    if (self[kNextAttempt]) {
      errors.push(ex);
      self.connecting = true;
      self[kNextAttempt]();
      return;
    }
    // After several addresses, every attempt's error together.
    if (errors?.length) {
      errors.push(ex);
      self.destroy(new NodeAggregateError(errors));
    } else {
      self.destroy(ex);
    }
  }
}

module.exports = {
  _createServerHandle: undefined,
  _normalizeArgs: normalizeArgs,
  // A Windows-only knob in node; elsewhere it only warns.
  _setSimultaneousAccepts: deprecate(noop, 'net._setSimultaneousAccepts() is deprecated and will be removed.', 'DEP0121'),
  BlockList,
  SocketAddress,
  connect,
  createConnection: connect,
  createServer: undefined,
  isIP,
  isIPv4,
  isIPv6,
  Server: undefined,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamilyDefault; },
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    autoSelectFamilyDefault = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1);
    if (value < 10) value = 10;
    autoSelectFamilyAttemptTimeoutDefault = value;
  },
};

// The server half lives in its own file to keep this one readable.
const server = require('internal/net/server')({
  Socket, normalizeArgs, toNumber, isPipeName, createHandle, TCP, Pipe, TCPConstants, owner_symbol,
  kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay,
});
module.exports.Server = server.Server;
module.exports._createServerHandle = server.createServerHandle;
module.exports.createServer = function createServer(options, connectionListener) {
  return new server.Server(options, connectionListener);
};
