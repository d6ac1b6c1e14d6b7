'use strict';
// net.Server (node's lib/net.js server half): listen in all its forms, accept into net.Socket,
// maxConnections/'drop', close after the last connection, ref/unref. Built by net.js, which
// hands over the pieces the two halves share.

const EventEmitter = require('events');
const {
  errnoException,
  exceptionWithHostPort,
  uvExceptionWithHostPort,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
  },
} = require('internal/errors');
const { validateAbortSignal, validateNumber, validatePort } = require('internal/validators');

const UV_EINVAL = -22;
const UV_EADDRINUSE = -98;
const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

module.exports = function makeServer(shared) {
  const {
    Socket, normalizeArgs, toNumber, isPipeName, createHandle, TCP, Pipe, TCPConstants, owner_symbol,
    kSetNoDelay, kSetKeepAlive, kSetKeepAliveInitialDelay,
  } = shared;
  let dns;
  let cluster;

  function Server(options, connectionListener) {
    if (!(this instanceof Server)) return new Server(options, connectionListener);
    EventEmitter.call(this);
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
      this.on('connection', connectionListener);
    } else if (options == null || typeof options === 'object') {
      options = { ...options };
      if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    } else {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (typeof options.keepAliveInitialDelay !== 'undefined') {
      validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
      if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
    }
    if (options.highWaterMark !== undefined) validateNumber(options.highWaterMark, 'options.highWaterMark');
    this._connections = 0;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this._listeningId = 1;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
    this.highWaterMark = options.highWaterMark ?? 16384;
  }
  Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(Server, EventEmitter);

  // A bound handle, or -errno. Bind errors surface at listen (libuv defers EADDRINUSE).
  function createServerHandle(address, port, addressType, fd, flags) {
    let err = 0;
    let handle;
    let isTCP = false;
    if (typeof fd === 'number' && fd >= 0) {
      try {
        handle = createHandle(fd, true);
      } catch {
        return UV_EINVAL;
      }
      err = handle.open(fd);
      if (err) return err;
    } else if (port === -1 && addressType === -1) {
      handle = new Pipe(TCPConstants.SERVER);
    } else {
      handle = new TCP(TCPConstants.SERVER);
      isTCP = true;
    }
    if (address || port || isTCP) {
      if (!address) {
        err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
        if (err) {
          handle.close();
          return createServerHandle(DEFAULT_IPV4_ADDR, port);
        }
      } else if (addressType === 6) {
        err = handle.bind6(address, port, flags);
      } else {
        err = handle.bind(address, port);
      }
    }
    if (err) {
      handle.close();
      return err;
    }
    return handle;
  }

  function setupListenHandle(address, port, addressType, backlog, fd, flags) {
    if (!this._handle) {
      let rval = null;
      // Default: the dual-stack unspecified IPv6 address.
      if (!address && typeof fd !== 'number') {
        rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
        if (typeof rval === 'number') {
          rval = null;
          address = DEFAULT_IPV4_ADDR;
          addressType = 4;
        } else {
          address = DEFAULT_IPV6_ADDR;
          addressType = 6;
        }
      }
      if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
      if (typeof rval === 'number') {
        process.nextTick(emitErrorNT, this, uvExceptionWithHostPort(rval, 'listen', address, port));
        return;
      }
      this._handle = rval;
    }
    this._handle.onconnection = onconnection;
    this._handle[owner_symbol] = this;
    // 511: the kernel rounds backlog+1 up to a power of two, giving 512.
    const err = this._handle.listen(backlog || 511);
    if (err) {
      const ex = uvExceptionWithHostPort(err, 'listen', address, port);
      this._handle.close();
      this._handle = null;
      process.nextTick(emitErrorNT, this, ex);
      return;
    }
    this._connectionKey = addressType + ':' + address + ':' + port;
    if (this._unref) this.unref();
    process.nextTick(emitListeningNT, this);
  }
  Server.prototype._listen2 = setupListenHandle;

  function emitErrorNT(self, err) {
    self.emit('error', err);
  }

  function emitListeningNT(self) {
    // Not if the server was closed before the tick.
    if (self._handle) self.emit('listening');
  }

  // In a cluster worker the primary owns the port: ask it for a handle (cluster's _getServer),
  // unless the server wants its own (exclusive).
  function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
    cluster ??= require('cluster');
    if (cluster.isPrimary || exclusive) {
      server._listen2(address, port, addressType, backlog, fd, flags);
      return;
    }
    const listeningId = server._listeningId;
    const query = { address, port, addressType, fd, flags, backlog };
    cluster._getServer(server, query, function listenOnPrimaryHandle(err, handle) {
      // Closed (and maybe listening again) while the primary answered: not ours any more.
      if (listeningId !== server._listeningId) {
        if (handle) handle.close();
        return;
      }
      // The port the handle is bound to must be the one asked for.
      if (err === 0 && port > 0 && handle.getsockname) {
        const out = {};
        err = handle.getsockname(out);
        if (err === 0 && port !== out.port) err = UV_EADDRINUSE;
      }
      if (err) {
        server.emit('error', exceptionWithHostPort(err, 'bind', address, port));
        return;
      }
      server._handle = handle;
      server._listen2(address, port, addressType, backlog, fd, flags);
    });
  }

  function getFlags(ipv6Only) {
    return ipv6Only === true ? TCPConstants.UV_TCP_IPV6ONLY : 0;
  }

  function lookupAndListen(self, port, address, backlog, exclusive, flags) {
    dns ??= require('dns');
    dns.lookup(address, function doListen(err, ip, addressType) {
      if (err) {
        self.emit('error', err);
      } else {
        addressType = ip ? addressType : 4;
        listenInCluster(self, ip, port, addressType, backlog, undefined, exclusive, flags);
      }
    });
  }

  function addServerAbortSignalOption(self, options) {
    if (options?.signal === undefined) return;
    validateAbortSignal(options.signal, 'options.signal');
    const { signal } = options;
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  Server.prototype.listen = function listen(...args) {
    const normalized = normalizeArgs(args);
    let options = normalized[0];
    const cb = normalized[1];
    if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
    if (cb !== null) this.once('listening', cb);
    const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
    options = options._handle || options.handle || options;
    const flags = getFlags(options.ipv6Only);
    // (handle[, backlog][, cb])
    if (options instanceof TCP || options instanceof Pipe) {
      this._handle = options;
      listenInCluster(this, null, -1, -1, backlogFromArgs);
      return this;
    }
    addServerAbortSignalOption(this, options);
    // ({fd}[, backlog][, cb])
    if (typeof options.fd === 'number' && options.fd >= 0) {
      listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
      return this;
    }
    // listen(), listen(null), listen(cb), listen({port: undefined}): any free port.
    if (args.length === 0 || typeof args[0] === 'function' ||
        (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
      options.port = 0;
    }
    let backlog;
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      validatePort(options.port, 'options.port');
      backlog = options.backlog || backlogFromArgs;
      if (options.host) {
        lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
      } else {
        listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive);
      }
      return this;
    }
    // (path[, backlog][, cb]) or ({path})
    if (options.path && isPipeName(options.path)) {
      const pipeName = this._pipeName = options.path;
      backlog = options.backlog || backlogFromArgs;
      listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive);
      // Without a handle the failure is reported as 'error' on the next tick. (TCP and Pipe
      // handles share one constants object.)
      if (!this._handle) return this;
      const mode = (options.readableAll === true ? TCPConstants.UV_READABLE : 0) |
        (options.writableAll === true ? TCPConstants.UV_WRITABLE : 0);
      if (mode !== 0) {
        const err = this._handle.fchmod(mode);
        if (err) {
          this._handle.close();
          this._handle = null;
          throw errnoException(err, 'uv_pipe_chmod');
        }
      }
      return this;
    }
    if (!('port' in options) && !('path' in options)) {
      throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
    }
    throw new ERR_INVALID_ARG_VALUE('options', options);
  };

  Object.defineProperty(Server.prototype, 'listening', {
    get() { return !!this._connectionKey && !!this._handle; },
    configurable: true,
    enumerable: true,
  });

  Server.prototype.address = function address() {
    if (this._handle && this._handle.getsockname) {
      if (this._pipeName) return this._pipeName;
      const out = {};
      const err = this._handle.getsockname(out);
      if (err) throw errnoException(err, 'address');
      return out;
    } else if (this._pipeName) {
      return this._pipeName;
    }
    return null;
  };

  // A connection was accepted (or accept failed): wrap it in a Socket, or drop it.
  function onconnection(err, clientHandle) {
    const handle = this;
    const self = handle[owner_symbol];
    if (err) {
      self.emit('error', errnoException(err, 'accept'));
      return;
    }
    if (self.maxConnections && self._connections >= self.maxConnections) {
      const data = Object.create(null);
      const localInfo = Object.create(null);
      clientHandle.getsockname(localInfo);
      data.localAddress = localInfo.address;
      data.localPort = localInfo.port;
      data.localFamily = localInfo.family;
      const remoteInfo = Object.create(null);
      clientHandle.getpeername(remoteInfo);
      data.remoteAddress = remoteInfo.address;
      data.remotePort = remoteInfo.port;
      data.remoteFamily = remoteInfo.family;
      self.emit('drop', data);
      clientHandle.close();
      return;
    }
    const socket = new Socket({
      handle: clientHandle,
      allowHalfOpen: self.allowHalfOpen,
      pauseOnCreate: self.pauseOnConnect,
      readable: true,
      writable: true,
      readableHighWaterMark: self.highWaterMark,
      writableHighWaterMark: self.highWaterMark,
    });
    if (self.noDelay && clientHandle.setNoDelay) {
      socket[kSetNoDelay] = true;
      clientHandle.setNoDelay(true);
    }
    if (self.keepAlive && clientHandle.setKeepAlive) {
      socket[kSetKeepAlive] = true;
      socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
      clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
    }
    self._connections++;
    socket.server = self;
    socket._server = self;
    self.emit('connection', socket);
  }

  Server.prototype.getConnections = function getConnections(cb) {
    const self = this;
    function end(err, connections) {
      process.nextTick(cb, err, connections);
    }
    if (this._workers.length === 0) {
      end(null, self._connections);
      return this;
    }
    // Sockets sent to other processes count where they are: ask each of those.
    let left = this._workers.length;
    let total = this._connections;
    const onCount = (err, count) => {
      if (left < 0) return;
      if (err) {
        left = -1;
        return end(err);
      }
      total += count;
      if (--left === 0) end(null, total);
    };
    for (const worker of this._workers) worker.getConnections(onCount);
    return this;
  };

  // A list of the sockets one peer process holds for this server (internal/child_process/socket_list).
  Server.prototype._setupWorker = function _setupWorker(socketList) {
    this._usingWorkers = true;
    this._workers.push(socketList);
    socketList.once('exit', (list) => {
      const i = this._workers.indexOf(list);
      if (i !== -1) this._workers.splice(i, 1);
    });
  };

  Server.prototype.close = function close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', function onClose() { cb(new ERR_SERVER_NOT_RUNNING()); });
      } else {
        this.once('close', cb);
      }
    }
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    // A cluster handle that arrives after this close is not for this server.
    this._listeningId++;
    if (this._workers.length > 0) {
      // 'close' waits for the peers' sockets too (as node, then not for its own); the extra
      // count keeps a socket closing meanwhile from emitting it early.
      let left = this._workers.length;
      this._connections++;
      const onWorkerClosed = () => {
        if (--left !== 0) return;
        this._connections = 0;
        this._emitCloseIfDrained();
      };
      for (const worker of this._workers) worker.close(onWorkerClosed);
    } else {
      this._emitCloseIfDrained();
    }
    return this;
  };

  Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    process.nextTick(emitCloseNT, this);
  };

  function emitCloseNT(self) {
    self.emit('close');
  }

  Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  };

  Server.prototype[EventEmitter.captureRejectionSymbol ?? Symbol.for('nodejs.rejection')] =
    function captureRejection(err, event, sock) {
      if (event === 'connection') sock.destroy(err);
      else this.emit('error', err);
    };

  Object.defineProperty(Server.prototype, 'connections', {
    get() { return this._connections; },
    set(val) { this._connections = val; },
    configurable: true,
    enumerable: false,
  });

  Server.prototype.ref = function ref() {
    this._unref = false;
    if (this._handle) this._handle.ref();
    return this;
  };

  Server.prototype.unref = function unref() {
    this._unref = true;
    if (this._handle) this._handle.unref();
    return this;
  };

  return { Server, createServerHandle };
};
