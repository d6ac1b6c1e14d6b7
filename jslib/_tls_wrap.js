'use strict';
// Node's _tls_wrap: TLSSocket (a net.Socket whose handle is a TLSWrap over the ciphertext stream),
// tls.Server (a net.Server that wraps each connection) and tls.connect, with node's event order:
// 'secure' then 'secureConnect' (client) or 'secureConnection' (server), and verification of the
// peer's chain and host name after the handshake, as node does it.

const net = require('net');
const EventEmitter = require('events');
const binding = internalBinding('tls_wrap');
const { TLSWrap } = require('internal/tls/wrap');
const { createSecureContext, SecureContext, translatePeerCertificate, fromDirect } = require('_tls_common');
const {
  tlsVerifyError,
  genericNodeError,
  connResetException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_MULTIPLE_CALLBACK,
    ERR_SOCKET_CLOSED,
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_SNI_FROM_SERVER,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateString, validateBuffer } = require('internal/validators');

const kConnectOptions = Symbol('connect-options');
const kErrorEmitted = Symbol('error-emitted');
const kHandshakeTimeout = Symbol('handshake-timeout');
const kSNICallback = Symbol('snicallback');
const kALPN = Symbol('alpn');
const kServername = Symbol('servername');
const kSession = Symbol('session');
const kIsVerified = Symbol('verified');

let ipServernameWarned = false;

/** ALPN protocols as an array of names, from node's accepted forms (array of strings/buffers, or wire format). */
function alpnList(protocols) {
  if (protocols == null) return null;
  if (Array.isArray(protocols)) return protocols.map((p) => String(p));
  const b = Buffer.isBuffer(protocols) ? protocols : Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  const out = [];
  for (let i = 0; i < b.length;) {
    const n = b[i];
    out.push(b.toString('latin1', i + 1, i + 1 + n));
    i += 1 + n;
  }
  return out;
}

// The JDK names suites as IANA does; node reports OpenSSL's names (TLS 1.3 suites keep the IANA form).
function opensslCipherName(iana) {
  const m = /^TLS_(.+)_WITH_(.+)$/.exec(iana);
  if (!m) return iana;
  const kx = m[1] === 'RSA' ? '' : m[1].replace(/_/g, '-') + '-';
  const cipher = m[2]
    .replace(/^AES_(\d+)_/, 'AES$1_')
    .replace('_CBC_', '_')
    .replace('CHACHA20_POLY1305_SHA256', 'CHACHA20_POLY1305')
    .replace(/_/g, '-');
  return kx + cipher;
}

// OpenSSL's SSL_CIPHER_get_version: the oldest protocol a suite exists in.
function cipherMinVersion(iana) {
  if (/^TLS_(AES|CHACHA20)_/.test(iana)) return 'TLSv1.3';
  if (/_GCM_|_SHA256$|_SHA384$|CHACHA20|_CCM/.test(iana)) return 'TLSv1.2';
  return /^TLS_ECDHE?_/.test(iana) ? 'TLSv1' : 'SSLv3';
}

// --- TLSSocket --------------------------------------------------------------------------------

function TLSSocket(socket, opts) {
  const tlsOptions = { ...opts };
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this.encrypted = true;
  this[kSession] = null;
  this[kIsVerified] = false;
  this[kALPN] = alpnList(tlsOptions.ALPNProtocols);
  this[kServername] = null;

  // Without a socket (tls.connect), a net.Socket of our own dials and carries the ciphertext.
  const parent = socket ?? new net.Socket({ allowHalfOpen: true });
  if (tlsOptions.secureContext !== undefined && !(tlsOptions.secureContext instanceof SecureContext)) {
    throw new ERR_TLS_INVALID_CONTEXT('context');
  }
  if (tlsOptions.SNICallback !== undefined && tlsOptions.SNICallback !== null) {
    validateFunction(tlsOptions.SNICallback, 'options.SNICallback');
  }
  this._parentSocket = parent;
  // Read before wrapping: the wrap makes the parent half-open for its own purposes.
  const allowHalfOpen = socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen;
  const handle = this._wrapHandle(parent);
  net.Socket.call(this, {
    handle,
    allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    signal: tlsOptions.signal,
  });
  this[kParentState](parent, socket != null);
  // A server socket's errors go to tlsClientError until 'secureConnection' hands it over.
  if (tlsOptions.isServer) this.on('error', this._tlsError);
  // Reading starts on the next turn, so the caller can add listeners first.
  this.read(0);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

const kParentState = Symbol('parent-state');
TLSSocket.prototype[kParentState] = function(parent, given) {
  this._parent = null;
  if (parent.connecting || !given) {
    this.connecting = parent.connecting;
    parent.on('connect', () => {
      if (this.destroyed) return;
      this.connecting = false;
      this._sockname = null;
      this.emit('connect');
      this.emit('ready');
    });
    parent.on('lookup', (...args) => this.emit('lookup', ...args));
  }
  parent.on('close', () => {
    if (!this.destroyed) this.destroy();
  });
  if (parent instanceof net.Socket) this._parent = parent;
};

// Dialing goes through the parent socket that carries the ciphertext; 'connect' is re-emitted here.
TLSSocket.prototype.connect = function connect(...args) {
  const [options, cb] = net._normalizeArgs(args);
  if (cb) this.once('connect', cb);
  this.connecting = true;
  this._parentSocket.connect(options);
  return this;
};

TLSSocket.prototype._wrapHandle = function _wrapHandle(parent) {
  const options = this._tlsOptions;
  const context = options.secureContext || createSecureContext(options);
  this._secureContext = context;
  const handle = new TLSWrap(parent, null);
  handle.onhandshakedone = () => this._onHandshakeDone();
  handle.onerror = (err) => this._onTLSError(err);
  if (options.isServer) {
    this._SNICallback = options.SNICallback ?? null;
    if (this._SNICallback) handle.onclienthello = (name) => this._onClientHello(name);
    else handle.setEngine(this._newEngine(context));
  }
  return handle;
};

TLSSocket.prototype._newEngine = function _newEngine(context) {
  const o = this._tlsOptions;
  const e = binding.engine(context.context, !!o.isServer, this[kServername], this[kALPN],
                           !!o.requestCert, o.rejectUnauthorized !== false);
  if (typeof e === 'string') throw genericNodeError(e, { code: 'ERR_SSL_INTERNAL' });
  return e;
};

// The server learnt the client's SNI name: let SNICallback pick the context.
TLSSocket.prototype._onClientHello = function _onClientHello(name) {
  const handle = this._handle;
  if (!handle) return;
  this.servername = name || false;
  if (!name) {
    handle.setEngine(this._newEngine(this._secureContext));
    return;
  }
  let called = false;
  this._SNICallback(name, (err, context) => {
    if (called) {
      this.destroy(new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    if (err) {
      this._onTLSError(err);
      return;
    }
    if (this._handle == null) return;
    if (context != null && !(context instanceof SecureContext)) context = createSecureContext(context);
    this._handle.setEngine(this._newEngine(context ?? this._secureContext));
  });
};

/** Begins a client's handshake once the transport is connected. */
TLSSocket.prototype._start = function _start() {
  if (this.connecting) {
    this.once('connect', () => this._start());
    return;
  }
  if (!this._handle || this._handle.engine) return;
  try {
    this._handle.setEngine(this._newEngine(this._secureContext));
  } catch (err) {
    this.destroy(err);
    return;
  }
  this._handle.start();
};

TLSSocket.prototype._onHandshakeDone = function _onHandshakeDone() {
  const [protocol, cipher, alpn, servername, verifyError, id] = binding.session(this._handle.engine);
  this[kSession] = { protocol, cipher, verifyError, id: fromDirect(id) };
  this.alpnProtocol = alpn ?? false;
  if (this._tlsOptions.isServer) this.servername = servername ?? false;
  this._secureEstablished = true;
  if (this._tlsOptions.isServer) this.secureConnecting = false;
  clearTimeout(this[kHandshakeTimeout]);
  this.emit('secure');
};

TLSSocket.prototype._onTLSError = function _onTLSError(err) {
  if (this.destroyed) return;
  const o = this[kConnectOptions];
  if (o && err.code === 'ECONNRESET' && !this._secureEstablished) {
    err = connResetException('Client network socket disconnected before secure TLS connection was established');
    err.path = o.path;
    err.host = o.host;
    err.port = o.port;
    err.localAddress = o.localAddress;
  }
  this.destroy(this._tlsError(err));
};

// A server socket's errors before 'secureConnection' go to the server's 'tlsClientError', not to the socket.
TLSSocket.prototype._tlsError = function _tlsError(err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};

TLSSocket.prototype._releaseControl = function _releaseControl() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

TLSSocket.prototype._emitTLSError = function _emitTLSError(err) {
  const e = this._tlsError(err);
  if (e) this.emit('error', e);
};

TLSSocket.prototype._handleTimeout = function _handleTimeout() {
  this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
};

TLSSocket.prototype.setServername = function setServername(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this[kServername] = name;
};

TLSSocket.prototype.setSession = function setSession(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
};

// The JDK keeps its sessions to itself: node's serialized session is stood in for by the session id,
// which setSession accepts and ignores (the next connection makes a full handshake).
TLSSocket.prototype.getSession = function getSession() {
  return this[kSession] && !this._tlsOptions.isServer ? Buffer.from(this[kSession].id) : undefined;
};

TLSSocket.prototype.isSessionReused = function isSessionReused() {
  return false;
};

TLSSocket.prototype.getTLSTicket = function getTLSTicket() {
  return undefined;
};

TLSSocket.prototype.getFinished = function getFinished() {
  return undefined;
};

TLSSocket.prototype.getPeerFinished = function getPeerFinished() {
  return undefined;
};

TLSSocket.prototype.setMaxSendFragment = function setMaxSendFragment(size) {
  validateNumber(size, 'size');
  return size >= 512 && size <= 16384;
};

TLSSocket.prototype.enableTrace = function enableTrace() {};

TLSSocket.prototype.disableRenegotiation = function disableRenegotiation() {};

TLSSocket.prototype.renegotiate = function renegotiate(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (this.destroyed) return false;
  // TLS 1.3 has no renegotiation, and the JDK refuses it for 1.2 sessions: report it as OpenSSL does.
  if (callback) process.nextTick(callback, genericNodeError('error:0A000153:SSL routines::no renegotiation', { code: 'ERR_SSL_NO_RENEGOTIATION' }));
  return false;
};

TLSSocket.prototype.exportKeyingMaterial = function exportKeyingMaterial(length, label, context) {
  validateNumber(length, 'length');
  validateString(label, 'label');
  if (context !== undefined) validateBuffer(context, 'context');
  if (!this._secureEstablished) throw new ERR_SOCKET_CLOSED();
  throw genericNodeError('exportKeyingMaterial is not supported', { code: 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' });
};

TLSSocket.prototype.getEphemeralKeyInfo = function getEphemeralKeyInfo() {
  return this._tlsOptions.isServer ? {} : null;
};

TLSSocket.prototype.getSharedSigalgs = function getSharedSigalgs() {
  return [];
};

TLSSocket.prototype.getCertificate = function getCertificate() {
  if (!this._handle?.engine || !this._secureEstablished) return null;
  const chain = binding.chain(this._handle.engine, true);
  return chain ? translatePeerCertificate(chain[0]) : {};
};

TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  if (!this._handle?.engine || !this._secureEstablished) return null;
  const chain = binding.chain(this._handle.engine, false);
  if (!chain || chain.length === 0) return {};
  const certs = Array.from(chain, translatePeerCertificate);
  if (detailed) {
    for (let i = 0; i < certs.length; i++) {
      const c = certs[i];
      const next = certs[i + 1];
      // The top of the chain points at itself when self-issued, as OpenSSL's chain ends.
      if (next) c.issuerCertificate = next;
      else if (sameName(c.subject, c.issuer)) c.issuerCertificate = c;
    }
  }
  return certs[0];
};

function sameName(a, b) {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => String(a[k]) === String(b[k]));
}

TLSSocket.prototype.getX509Certificate = function getX509Certificate() {
  return undefined;
};

TLSSocket.prototype.getPeerX509Certificate = function getPeerX509Certificate() {
  return undefined;
};

TLSSocket.prototype.getProtocol = function getProtocol() {
  return this._handle && this[kSession] ? this[kSession].protocol : null;
};

TLSSocket.prototype.getCipher = function getCipher() {
  if (!this._handle || !this[kSession]) return null;
  const { cipher } = this[kSession];
  return {
    name: opensslCipherName(cipher),
    standardName: cipher,
    version: cipherMinVersion(cipher),
  };
};

TLSSocket.prototype.getServername = function getServername() {
  if (this._tlsOptions.isServer) return this.servername || false;
  return this[kServername] || false;
};

// --- client ------------------------------------------------------------------------------------

function onConnectSecure() {
  const options = this[kConnectOptions];
  let verifyError = this[kSession].verifyError ? tlsVerifyError(this[kSession].verifyError) : undefined;
  if (!verifyError) {
    const hostname = options.servername || options.host || (options.socket && options.socket._host) || 'localhost';
    const cert = this.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(hostname, cert);
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    // An explicit `rejectUnauthorized: undefined` still rejects.
    if (options.rejectUnauthorized !== false) {
      this.destroy(verifyError);
      return;
    }
  } else {
    this.authorized = true;
  }
  this.secureConnecting = false;
  this[kIsVerified] = true;
  this.emit('secureConnect');
  // node emits 'session' once the server's ticket arrived; with TLS 1.3 that follows the handshake.
  if (this.listenerCount('session') > 0) process.nextTick(() => this.emit('session', this.getSession()));
}

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') Object.assign(options, listArgs[1]);
  else if (listArgs[2] !== null && typeof listArgs[2] === 'object') Object.assign(options, listArgs[2]);
  return cb ? [options, cb] : [options];
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const tls = require('tls');
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);
  if (options.socket != null && typeof options.socket.on !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.socket', 'stream.Duplex', options.socket);
  }
  const context = options.secureContext || createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    highWaterMark: options.highWaterMark,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options);
    tlssock._start();
  }
  tlssock._releaseControl();
  if (options.servername) {
    if (!ipServernameWarned && net.isIP(options.servername)) {
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
                          'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
      ipServernameWarned = true;
    }
    tlssock.setServername(options.servername);
  }
  if (options.socket) tlssock._start();
  tlssock.on('secure', onConnectSecure);
  return tlssock;
}

// --- server ------------------------------------------------------------------------------------

function onServerSocketSecure() {
  if (this._requestCert) {
    const verifyError = this[kSession].verifyError;
    if (verifyError) {
      this.authorizationError = verifyError;
      if (this._rejectUnauthorized) this.destroy();
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed && this._releaseControl()) this._tlsOptions.server.emit('secureConnection', this);
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', err, this);
  }
}

function onSocketClose(err) {
  if (!err || this[kErrorEmitted]) return;
  this[kErrorEmitted] = true;
}

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    ALPNProtocols: this.ALPNProtocols,
    SNICallback: this[kSNICallback],
    pauseOnConnect: this.pauseOnConnect,
    highWaterMark: this.highWaterMark,
  });
  socket._requestCert = this.requestCert;
  socket._rejectUnauthorized = this.rejectUnauthorized;
  socket[kErrorEmitted] = false;
  socket.on('secure', onServerSocketSecure);
  socket.on('close', onSocketClose);
  socket.on('_tlsError', onSocketTLSError);
  if (this[kHandshakeTimeout] > 0) {
    socket[kHandshakeTimeout] = setTimeout(() => socket._handleTimeout(), this[kHandshakeTimeout]);
    socket[kHandshakeTimeout].unref();
  }
}

// node's default SNICallback: the contexts added with addContext, last match first.
function defaultSNICallback(servername, cb) {
  for (let i = this._contexts.length - 1; i >= 0; i--) {
    const [re, ctx] = this._contexts[i];
    if (re.test(servername)) return cb(null, ctx);
  }
  return cb(null, undefined);
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = options ?? {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this.ALPNProtocols = options.ALPNProtocols;
  if (options.ALPNCallback !== undefined) validateFunction(options.ALPNCallback, 'options.ALPNCallback');
  if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
  const timeout = options.handshakeTimeout ?? 120 * 1000;
  validateNumber(timeout, 'options.handshakeTimeout');
  this[kHandshakeTimeout] = timeout;
  this[kSNICallback] = options.SNICallback ?? null;
  this.setSecureContext(options);
  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function setSecureContext(options) {
  validateObject(options, 'options');
  this.key = options.key;
  this.cert = options.cert;
  this.ca = options.ca;
  this.passphrase = options.passphrase;
  this.pfx = options.pfx;
  this._sharedCreds = createSecureContext(options);
};

Server.prototype.addContext = function addContext(servername, context) {
  if (!servername) throw new ERR_INVALID_ARG_VALUE('servername', servername, 'is required');
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*') + '$', 'i');
  const ctx = context instanceof SecureContext ? context : createSecureContext(context);
  this._contexts.push([re, ctx]);
  // The contexts are consulted through the default SNICallback from now on.
  if (!this[kSNICallback]) this[kSNICallback] = defaultSNICallback.bind(this);
  else if (this[kSNICallback].name === 'bound defaultSNICallback') return;
};

Server.prototype.setTicketKeys = function setTicketKeys(keys) {
  validateBuffer(keys, 'keys');
  if (keys.byteLength !== 48) throw new ERR_INVALID_ARG_VALUE('keys', keys, 'must be exactly 48 bytes');
  this._ticketKeys = Buffer.from(keys);
};

Server.prototype.getTicketKeys = function getTicketKeys() {
  this._ticketKeys ??= require('crypto').randomBytes(48);
  return Buffer.from(this._ticketKeys);
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'secureConnection') sock.destroy(err);
  else EventEmitter.prototype[EventEmitter.captureRejectionSymbol]?.call(this, err, event, sock);
};

module.exports = {
  TLSSocket,
  Server,
  createServer(options, listener) {
    return new Server(options, listener);
  },
  connect,
  opensslCipherName,
};
