'use strict';
// ChildProcess, stdio setup, the IPC channel (node's wire protocol, both ends) and handle
// passing (Node's lib/internal/child_process.js, written for jnode's bindings).

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_HANDLE_TYPE, ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK, ERR_MISSING_ARGS,
  },
  errnoException,
} = require('internal/errors');
const { validateObject, validateOneOf, validateString, validateArray } = require('internal/validators');
const { signals, signalNames } = require('internal/constants');
const { PipeSocket } = require('internal/child_process/pipe_socket');
const serialization = require('internal/child_process/serialization');
const sparePool = require('internal/child_process/spare_pool');
const { socketList } = require('internal/child_process/socket_list');

const processWrap = internalBinding('process_wrap');
const pipeWrap = internalBinding('pipe_wrap');
const spawnSyncBinding = internalBinding('spawn_sync');

const UV_EOF = -4095;
const UV_ENOENT = -2;
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;
const KIND_IGNORE = -1;
const KIND_PIPE = -2;
// process.exit() and disconnect() send queued IPC messages first (node drops them), giving up
// once the peer has read nothing for this long.
const EXIT_FLUSH_MS = 2000;

const kChannelHandle = Symbol('kChannelHandle');
const kPendingFds = Symbol('kPendingFds');
const kSentHandle = Symbol('kSentHandle');
// A forked child's next spare, started once the child is up (sparePool.replenish).
const kSpareDue = Symbol('kSpareDue');

let netModule;
function lazyNet() {
  if (netModule === undefined) {
    try {
      netModule = require('net');
    } catch {
      netModule = null;
    }
  }
  return netModule;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalNames[signal] !== undefined) return signal;
  if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()]; // node takes names in any case
    if (number !== undefined) return number;
  }
  const { ERR_UNKNOWN_SIGNAL } = require('internal/errors').codes;
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// --- stdio -------------------------------------------------------------------------

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

function fdOf(obj) {
  if (obj == null || typeof obj !== 'object') return undefined;
  if (typeof obj.fd === 'number' && obj.fd >= 0) return obj.fd;
  const h = obj._handle || obj.handle;
  if (h != null) {
    const fd = typeof h.fd === 'function' ? h.fd() : typeof h.fdNumber === 'function' ? h.fdNumber() : h.fd;
    if (typeof fd === 'number' && fd >= 0) return fd;
  }
  return undefined;
}

/**
 * Turns the stdio option into one entry per child fd: { type: 'ignore' | 'pipe' | 'fd', fd?,
 * ipc? } plus which entry is the IPC channel.
 */
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipc = true;
      ipcFd = i;
      out.push({ type: 'pipe', ipc: true });
    } else if (s === 'inherit') {
      out.push({ type: 'fd', fd: i });
    } else if (typeof s === 'number') {
      out.push({ type: 'fd', fd: s });
    } else if (fdOf(s) !== undefined) {
      out.push({ type: 'fd', fd: fdOf(s), stream: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(s));
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: s });
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: out, ipc, ipcFd };
}

function stdioKinds(stdio) {
  return stdio.map((s) => (s.type === 'ignore' ? KIND_IGNORE : s.type === 'pipe' ? KIND_PIPE : s.fd));
}

// --- ChildProcess ------------------------------------------------------------------

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    // Nobody reads it: drain it so it ends and 'close' can come.
    if (!stream || !stream.readable || stream._readableState.readableListening) continue;
    stream.resume();
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  _onexit(exitCode, signalNumber) {
    startDueSpare(this);
    if (signalNumber) {
      this.signalCode = signalNames[signalNumber] || signalNumber;
      exitCode = 0;
    } else {
      this.exitCode = exitCode;
    }
    if (this.stdin) this.stdin.destroy();
    if (this._handle) this._handle.close();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  spawn(options) {
    validateObject(options, 'options');
    let stdio = options.stdio || 'pipe';
    const valid = getValidStdio(stdio, false);
    const ipcFd = valid.ipcFd;
    stdio = options.stdio = valid.stdio;
    validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
    const serializationMode = options.serialization || 'json';
    if (valid.ipc !== undefined) {
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serializationMode}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }

    const spec = {
      file: options.file,
      args: this.spawnargs.map(toArgString),
      envPairs: options.envPairs || [],
      cwd: options.cwd == null ? null : `${options.cwd}`,
      stdio: stdioKinds(stdio),
      detached: !!options.detached,
      uid: options.uid == null ? -1 : options.uid,
      gid: options.gid == null ? -1 : options.gid,
    };
    // As libuv's child setup: a stream the child gets as fd 0-2 is blocking for it (and, the open
    // file being shared, for us), or a child such as cat fails its reads with EAGAIN.
    for (let i = 0; i < 3 && i < stdio.length; i++) {
      const handle = stdio[i].stream?._handle;
      if (typeof handle?.setBlocking === 'function') handle.setBlocking(true);
    }
    const onexit = (exitCode, signalNumber) => this._onexit(exitCode, signalNumber);
    const forked = options[sparePool.kFork] === true;
    const adopted = forked ? sparePool.adopt(spec, stdio, onexit) : null;
    const result = adopted !== null ? adopted.handle : processWrap.spawn(spec, onexit);
    if (forked && typeof result !== 'number') this[kSpareDue] = () => sparePool.replenish(spec, stdio);

    let err = 0;
    if (typeof result === 'number') {
      err = result;
      if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
        process.nextTick(() => this._onexit(err, 0));
        if (err === UV_EMFILE || err === UV_ENFILE) return err;
      } else {
        throw errnoException(err, 'spawn');
      }
    } else {
      this._handle = result;
      this.pid = result.pid();
      process.nextTick(() => this.emit('spawn'));
    }

    // As node: a stream given to the child stops being read here, so the child gets its data.
    for (const entry of stdio) {
      const stream = entry.stream;
      if (stream === undefined || typeof stream._handle?.readStop !== 'function') continue;
      if (stream instanceof PipeSocket) stream._reading = false;
      else stream._handle.reading = false;
      stream._handle.readStop();
      stream.pause();
      stream.readableFlowing = false;
      stream._readableState.reading = false;
    }

    const parentFds = adopted !== null ? adopted.stdio : this._handle ? this._handle.stdio() : [];
    let ipcHandle;
    for (let i = 0; i < stdio.length; i++) {
      const entry = stdio[i];
      if (entry.type !== 'pipe') continue;
      const handle = this._handle ? pipeWrap.open(parentFds[i]) : null;
      if (entry.ipc) {
        if (handle) {
          ipcHandle = handle;
          this._closesNeeded++;
        }
        continue;
      }
      entry.socket = new PipeSocket({ handle: typeof handle === 'number' ? null : handle,
                                      readable: i > 0, writable: i === 0 || i > 2 });
      if (i > 0 && this._handle) {
        this._closesNeeded++;
        entry.socket.on('close', () => maybeClose(this));
      }
    }
    this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
    this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
    this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
    this.stdio = stdio.map((s) => (s.socket === undefined ? null : s.socket));
    if (ipcHandle) setupChannel(this, ipcHandle, serializationMode);
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // already dead
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw errnoException(err, 'kill');
      } else {
        this.emit('error', errnoException(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }
}

// --- the IPC channel ---------------------------------------------------------------

/** Keeps the channel ref'd while something needs it, unless the user said otherwise. */
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fdNumber() : undefined;
  }
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 4 && message.cmd.startsWith('NODE_');
}

let exitFlushInstalled = false;
function installExitFlush() {
  if (exitFlushInstalled) return;
  exitFlushInstalled = true;
  const reallyExit = process.reallyExit;
  process.reallyExit = function reallyExitAfterFlush(code) {
    try {
      pipeWrap.flushAll(EXIT_FLUSH_MS);
    } catch {
      // exiting anyway
    }
    return reallyExit.call(this, code);
  };
}

// Handle conversion for NODE_HANDLE messages: what goes on the wire, and what the receiver builds.
const handleConversion = {
  // A bare TCP/Pipe handle (cluster hands these around): the sender keeps and closes its own.
  'net.Native': {
    send(message, handle) {
      const fd = handle.fd;
      return fd >= 0 ? fd : undefined;
    },
    got(message, fd, emit) {
      const { TCP, Pipe, constants, guessSocketType } = require('internal/net/handles');
      const handle = guessSocketType(fd) === 'PIPE' ? new Pipe(constants.SOCKET) : new TCP(constants.SOCKET);
      const err = handle.open(fd);
      if (err) {
        pipeWrap.closeFd(fd);
        handle.close();
        emit(undefined);
        return;
      }
      emit(handle);
    },
  },
  // A UDP handle, or a dgram.Socket rebuilt around one on the other side (its type travels along).
  'dgram.Native': {
    send(message, handle) {
      const fd = handle.fd;
      return fd >= 0 ? fd : undefined;
    },
    got(message, fd, emit) {
      emit(openUdp(fd));
    },
  },
  'dgram.Socket': {
    send(message, socket) {
      const { kStateSymbol } = require('internal/dgram');
      message.dgramType = socket.type;
      const fd = socket[kStateSymbol].handle?.fd;
      return fd >= 0 ? fd : undefined;
    },
    got(message, fd, emit) {
      const handle = openUdp(fd);
      if (handle === undefined) return emit(undefined);
      const socket = require('dgram').createSocket(message.dgramType);
      socket.bind(handle, () => emit(socket));
    },
  },
  'net.Server': {
    send(message, server) {
      return fdOf(server);
    },
    got(message, fd, emit) {
      const net = lazyNet();
      const server = new net.Server();
      server.listen({ fd }, () => emit(server));
    },
  },
  'net.Socket': {
    send(message, socket, options, target) {
      const fd = fdOf(socket);
      if (fd === undefined) return undefined;
      if (socket.server) {
        // The server's connections now include those the peer holds (internal/child_process/socket_list).
        message.key = socket.server._connectionKey;
        const list = socketList('send', target, message.key);
        if (!socket.server._workers.includes(list)) socket.server._setupWorker(list);
      }
      if (!options.keepOpen) {
        // As node: the socket leaves its server's count now (a draining close() can finish).
        if (socket.server) socket.server._connections--;
        // As node: the socket object lets go of its handle now; the handle closes on ACK.
        const handle = socket._handle;
        if (typeof handle.readStop === 'function') handle.readStop();
        socket._handle = null;
        if (typeof socket.setTimeout === 'function') socket.setTimeout(0);
        socket[kSentHandle] = handle;
      }
      return fd;
    },
    postSend(message, socket, options, target) {
      if (!options.keepOpen) target._pendingSocket = socket[kSentHandle];
    },
    got(message, fd, emit, target) {
      const net = lazyNet();
      const socket = new net.Socket({ fd, readable: true, writable: true });
      if (message.key) socketList('got', target, message.key).add({ socket });
      emit(socket);
    },
  },
};

function openUdp(fd) {
  const { UDP } = require('internal/dgram/udp');
  const handle = new UDP();
  if (handle.open(fd) === 0) return handle;
  pipeWrap.closeFd(fd);
  handle.close();
  return undefined;
}

function handleType(handle) {
  const { UDP } = require('internal/dgram/udp');
  if (handle instanceof UDP) return 'dgram.Native';
  if (handle instanceof require('dgram').Socket) return 'dgram.Socket';
  const net = lazyNet();
  if (net && handle instanceof net.Socket) return 'net.Socket';
  if (net && handle instanceof net.Server) return 'net.Server';
  const { TCP, Pipe } = require('internal/net/handles');
  if (handle instanceof TCP || handle instanceof Pipe) return 'net.Native';
  return undefined;
}

// The next spare boots once this child is up, when it first speaks on its channel or exits: on a
// small machine a JVM booting beside a starting child slows it down (the first of 3 forks in a
// row replied after 2.7-2.9 s with a spare booting beside it, against 1.4-1.8 s alone).
function startDueSpare(child) {
  const start = child[kSpareDue];
  if (start === undefined) return;
  child[kSpareDue] = undefined;
  start();
}

function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  Object.defineProperty(target, '_channel', {
    get() { return this[kChannelHandle] ? this.channel : null; },
    configurable: true, enumerable: false,
  });
  target._handleQueue = null;
  target._pendingMessage = null;
  installExitFlush();

  const codec = serialization[serializationMode];
  // Read state lives in JS: the handle is a host object.
  const state = { buffering: false, [kPendingFds]: [] };
  codec.init(state);

  channel.setOnread((nread, buf, fds) => {
    if (fds) for (let i = 0; i < fds.length; i++) state[kPendingFds].push(fds[i]);
    if (nread > 0) {
      startDueSpare(target);
      const chunk = Buffer.from(new ArrayBuffer(buf));
      let firstError;
      for (const { message, error } of codec.parse(state, chunk)) {
        if (error !== undefined) {
          firstError ??= error;
          continue;
        }
        if (isInternal(message)) {
          let fd;
          if (message.cmd === 'NODE_HANDLE') fd = state[kPendingFds].shift();
          handleMessage(message, fd, true);
        } else {
          handleMessage(message, undefined, false);
        }
      }
      // A peer that wrote garbage: node raises the parse error as an uncaught exception.
      if (firstError !== undefined) throw firstError;
      return;
    }
    if (nread === 0) return;
    state.buffering = false;
    channelGone(true);
  });

  let gone = false;
  // Only a channel the peer closed counts toward 'close': after disconnect() node never emits it.
  function channelGone(byPeer) {
    if (gone) return;
    gone = true;
    for (const fd of state[kPendingFds]) pipeWrap.closeFd(fd);
    state[kPendingFds].length = 0;
    if (target.connected) target.disconnect();
    channel.close(null);
    target[kChannelHandle] = null;
    if (byPeer && typeof target._closesNeeded === 'number') maybeClose(target);
  }

  target.on('internalMessage', function(message, fd) {
    if (message.cmd === 'NODE_HANDLE_ACK') {
      if (target._pendingSocket) {
        // The peer has its copy of the fd: close ours.
        const handle = target._pendingSocket;
        target._pendingSocket = null;
        handle.close(() => {});
      }
      target._pendingMessage = null;
      const queue = target._handleQueue;
      target._handleQueue = null;
      if (queue) {
        for (const args of queue) target._send(args.message, args.handle, args.options, args.callback);
      }
      if (!target.connected && target[kChannelHandle] && !target._handleQueue) target._disconnect();
      return;
    }
    if (message.cmd === 'NODE_HANDLE_NACK') {
      const pending = target._pendingMessage;
      target._pendingMessage = null;
      if (pending && pending.retransmissions++ < 3) {
        target._handleQueue = null;
        target._send(pending.message, pending.handle, pending.options, pending.callback);
      }
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    if (fd === undefined) {
      target._send({ cmd: 'NODE_HANDLE_NACK' }, null, { swallowErrors: true });
      return;
    }
    // Acknowledge even if the user never looks at it: the sender waits for this.
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, { swallowErrors: true });
    const conv = handleConversion[message.type];
    if (!conv || !lazyNet()) {
      pipeWrap.closeFd(fd);
      handleMessage(message.msg, undefined, isInternal(message.msg));
      return;
    }
    conv.got(message, fd, (handle) => handleMessage(message.msg, handle, isInternal(message.msg)), target);
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (typeof options === 'boolean') options = { swallowErrors: options };
    options ??= {};
    let conv;
    let fd;
    if (handle) {
      const type = handleType(handle);
      if (type === undefined) throw new ERR_INVALID_HANDLE_TYPE();
      message = { cmd: 'NODE_HANDLE', type, msg: message };
      // One handle in flight at a time: later messages wait for its ACK, in order.
      if (this._handleQueue) {
        this._handleQueue.push({ callback, handle, options, message: message.msg });
        return this._handleQueue.length === 1;
      }
      conv = handleConversion[type];
      fd = conv.send(message, handle, options, this);
      if (fd === undefined) message = message.msg;
    } else if (this._handleQueue &&
               !(message && (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK'))) {
      this._handleQueue.push({ callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }

    const frame = codec.encode(message);
    const ch = this[kChannelHandle];
    const done = (status) => {
      control.unrefCounted();
      if (status < 0) {
        if (!options.swallowErrors) reportError(this, errnoException(status, 'write'), callback);
      } else if (typeof callback === 'function') {
        callback(null);
      }
    };
    control.refCounted();
    const fds = fd !== undefined ? [fd] : null;
    let rc = -32; // EPIPE
    if (ch && typeof frame === 'string') rc = ch.writeUtf8String(frame, fds, done);
    else if (ch) rc = ch.write(frame.buffer, frame.byteOffset, frame.byteLength, fds, done);
    if (rc >= 0) {
      if (fd !== undefined) {
        this._handleQueue ??= [];
        this._pendingMessage = { callback, message: message.msg, handle, options, retransmissions: 0 };
        if (conv.postSend) conv.postSend(message, handle, options, this);
      }
      if (rc === 0) {
        control.unrefCounted();
        if (typeof callback === 'function') process.nextTick(callback, null);
      }
    } else {
      control.unrefCounted();
      if (!options.swallowErrors) reportError(this, errnoException(rc, 'write'), callback);
    }
    // Stop sending when the peer is more than two reads behind.
    return ch ? ch.writeQueueSize() < 65536 * 2 : false;
  };

  function reportError(self, ex, callback) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
  }

  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function _disconnect() {
    if (!this[kChannelHandle]) return;
    this[kChannelHandle] = null;
    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      // jnode: what was sent before disconnect() still goes out.
      channel.flushSync(EXIT_FLUSH_MS);
      channelGone(false);
      target.emit('disconnect');
    }
    if (state.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  function handleMessage(message, handle, internal) {
    if (!target.channel) return;
    const eventName = internal ? 'internalMessage' : 'message';
    process.nextTick(() => target.emit(eventName, message, handle));
  }

  channel.readStart();
  return control;
}

// --- spawnSync ---------------------------------------------------------------------

function spawnSync(options) {
  const stdio = options.stdio;
  let input;
  for (let i = 0; i < stdio.length; i++) {
    if (stdio[i].input !== undefined && i === 0) input = stdio[i].input;
  }
  if (options.input !== undefined && options.input !== null) input = options.input;
  let inputBuf = null;
  if (input !== undefined && input !== null) {
    inputBuf = typeof input === 'string' ? Buffer.from(input, options.encoding && options.encoding !== 'buffer' ? options.encoding : 'utf8')
      : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  }
  const maxBuffer = options.maxBuffer == null ? Infinity : options.maxBuffer;
  const r = spawnSyncBinding.spawn({
    file: options.file,
    args: options.args.map(toArgString),
    envPairs: options.envPairs || [],
    cwd: options.cwd == null ? null : `${options.cwd}`,
    stdio: stdioKinds(stdio),
    detached: !!options.detached,
    uid: options.uid == null ? -1 : options.uid,
    gid: options.gid == null ? -1 : options.gid,
    input: inputBuf ? inputBuf.buffer : null,
    inputOffset: inputBuf ? inputBuf.byteOffset : 0,
    inputLength: inputBuf ? inputBuf.byteLength : 0,
    timeout: options.timeout > 0 ? options.timeout : 0,
    killSignal: options.killSignal === undefined ? signals.SIGTERM : options.killSignal,
    maxBuffer: maxBuffer === Infinity ? Number.MAX_SAFE_INTEGER : maxBuffer,
  });
  const result = {};
  const error = r.error();
  if (error !== 0 && r.pid() === 0) {
    result.error = errnoException(error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
    Object.assign(result, { status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null });
    return result;
  }
  if (error !== 0) {
    result.error = errnoException(error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  result.status = r.signal() ? null : r.status();
  result.signal = r.signal() ? (signalNames[r.signal()] || r.signal()) : null;
  const output = [];
  for (let i = 0; i < r.outputCount(); i++) {
    const bb = r.output(i);
    let out = bb == null ? null : Buffer.from(new ArrayBuffer(bb));
    if (out !== null && options.encoding && options.encoding !== 'buffer') out = out.toString(options.encoding);
    output.push(out);
  }
  result.output = output;
  result.pid = r.pid();
  result.stdout = output[1] === undefined ? null : output[1];
  result.stderr = output[2] === undefined ? null : output[2];
  return result;
}

// Arguments reach exec as strings, converted the way node's C++ does (a Symbol throws).
function toArgString(arg) {
  return `${arg}`;
}

module.exports = {
  ChildProcess,
  getValidStdio,
  setupChannel,
  spawnSync,
  convertToValidSignal,
  kChannelHandle,
};
