'use strict';
// The handle a TLSSocket's net.Socket machinery drives (node's TLSWrap): the same surface as a TCP
// handle (readStart/readStop/onread, writeBuffer, shutdown, close), over a parent stream that carries
// the ciphertext — a net.Socket, or any Duplex, as node's JSStreamSocket allows. The Java engine
// (internalBinding('tls_wrap')) only transforms bytes; this file moves them.

const binding = internalBinding('tls_wrap');
const { Buffer } = require('buffer');
const { owner_symbol, UV_EOF } = require('internal/net/handles');
const DOUBLE_ZERO = require('internal/util/double_zero');
const { fromDirect } = require('_tls_common');
const { sslError, connResetException } = require('internal/errors');

const HANDSHAKE_DONE = 1;
const PEER_CLOSED = 2;
const UV_EPROTO = -71;
const UV_EPIPE = -32;

// OpenSSL's alerts of SSLv3 origin keep that prefix in their reason; TLS 1.3's own say tlsv13.
const SSLV3_ALERTS = new Set(['close_notify', 'unexpected_message', 'bad_record_mac', 'handshake_failure',
  'no_certificate', 'bad_certificate', 'unsupported_certificate', 'certificate_revoked',
  'certificate_expired', 'certificate_unknown', 'illegal_parameter']);
const TLS13_ALERTS = new Set(['certificate_required', 'missing_extension']);
const HTTP_METHODS = /^(GET|POST|HEAD|PUT|DELETE|OPTIONS|PATCH|CONNECT) /;

/** The JDK's reason for a failed engine as the OpenSSL error node would raise. */
function engineError(message, firstBytes) {
  const msg = String(message);
  const alert = /Received fatal alert: (\w+)/.exec(msg);
  if (alert) {
    const name = alert[1];
    const prefix = TLS13_ALERTS.has(name) ? 'tlsv13' : SSLV3_ALERTS.has(name) ? 'sslv3' : 'tlsv1';
    return sslError(`${prefix} alert ${name.replace(/_/g, ' ')}`);
  }
  if (/Unsupported or unrecognized SSL message|Unrecognized SSL message|plaintext connection/.test(msg)) {
    const head = firstBytes ? firstBytes.toString('latin1', 0, 8) : '';
    return sslError(HTTP_METHODS.test(head) ? 'http request' : 'wrong version number');
  }
  if (/protocol is disabled|not enabled|not accepted|No appropriate protocol/.test(msg)) {
    return sslError('unsupported protocol');
  }
  if (/Empty (client|server) certificate chain/.test(msg)) return sslError('peer did not return a certificate');
  if (/application (layer )?protocol/i.test(msg)) return sslError('no application protocol');
  if (/no cipher suites in common/.test(msg)) return sslError('no shared cipher');
  if (/^certificate: /.test(msg)) return sslError('certificate verify failed');
  return sslError(msg.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').trim());
}

class TLSWrap {
  /** `engine` may come later (setEngine), when the server picks its context from the SNI name. */
  constructor(parent, engine) {
    this._parent = parent;
    this._engine = engine;
    this.reading = false;
    this.onread = null;
    this.onhandshakedone = null;
    this.onerror = null;
    this.onclienthello = null;
    this[owner_symbol] = null;
    this.bytesRead = DOUBLE_ZERO;
    this.bytesWritten = DOUBLE_ZERO;
    this._plain = [];
    this._pendingWrites = [];
    this._hello = null;
    this._firstBytes = null;
    this._done = false;
    this._failed = false;
    this._eofPending = false;
    this._closed = false;
    // The TLS layer decides when the transport half-closes, not the parent's own Duplex rules.
    parent.allowHalfOpen = true;
    this._onData = (b) => this._receive(b);
    this._onEnd = () => this._onParentEnd();
    this._onError = (e) => this._onParentError(e);
    parent.on('data', this._onData);
    parent.on('end', this._onEnd);
    parent.on('error', this._onError);
    if (parent.readableFlowing === false) parent.resume();
  }

  setEngine(engine) {
    this._engine = engine;
    const hello = this._hello;
    this._hello = null;
    if (hello) this._receive(hello);
  }

  /** A client's first flight (its ClientHello). */
  start() {
    const rc = binding.start(this._engine);
    this._flushCipher();
    if (rc < 0) this._fail();
  }

  // --- ciphertext in ------------------------------------------------------------------------
  _receive(buf) {
    if (this._closed || this._failed) return;
    this._firstBytes ??= buf;
    if (this._engine == null) {
      // A server waiting for the whole ClientHello to learn the SNI name (SNICallback).
      this._hello = this._hello ? Buffer.concat([this._hello, buf]) : buf;
      if (this.onclienthello === null) return;
      const name = binding.clientHelloServerName(this._hello.buffer, this._hello.byteOffset, this._hello.byteLength);
      if (name !== null) this.onclienthello(name);
      return;
    }
    const rc = binding.receive(this._engine, buf.buffer, buf.byteOffset, buf.byteLength);
    const plain = binding.takePlain(this._engine);
    if (rc < 0) {
      this._fail();
      return;
    }
    if ((rc & HANDSHAKE_DONE) && !this._done) {
      this._done = true;
      // The owner sees the handshake before our last flight leaves: a client that rejects the
      // server's certificate closes without sending its Finished, as node's does.
      this.onhandshakedone();
      if (this._closed) return;
      const pending = this._pendingWrites;
      this._pendingWrites = [];
      for (const [req, b] of pending) this._encrypt(req, b);
    }
    this._flushCipher();
    if (plain) this._plain.push(fromDirect(plain));
    if (rc & PEER_CLOSED) this._eofPending = true;
    this._drain();
  }

  _drain() {
    while (this.reading && this._plain.length > 0 && !this._closed) {
      const b = this._plain.shift();
      this.onread(b.length, b);
    }
    if (this._closed) return;
    if (this._plain.length > 0) {
      if (!this.reading) this._parent.pause();
    } else if (this._eofPending && this.reading) {
      this._eofPending = false;
      this.reading = false;
      this.onread(UV_EOF);
    }
  }

  _onParentEnd() {
    if (this._closed) return;
    if (!this._done) {
      this._failed = true;
      this.onerror(connResetException('socket hang up'));
      return;
    }
    this._eofPending = true;
    this._drain();
  }

  _onParentError(err) {
    if (this._closed) return;
    this._failed = true;
    this.onerror(err);
  }

  _fail() {
    this._failed = true;
    const err = engineError(binding.error(this._engine), this._firstBytes);
    // The alert goes to the peer before the owner tears the transport down, unless the peer does
    // not speak TLS at all: OpenSSL answers those with nothing.
    const alert = binding.takeCipher(this._engine);
    if (alert && err.reason !== 'wrong version number' && err.reason !== 'http request' &&
        !this._parent.destroyed && !this._parent.writableEnded) {
      this._parent.write(fromDirect(alert));
    }
    this.onerror(err);
  }

  _flushCipher(cb) {
    const c = binding.takeCipher(this._engine);
    if (c === null || this._parent.destroyed || this._parent.writableEnded) return false;
    this._parent.write(fromDirect(c), cb);
    return true;
  }

  // --- plaintext out ------------------------------------------------------------------------
  writeBuffer(req, buf) {
    const n = buf.byteLength;
    this.bytesWritten += n;
    req.bytes = n;
    req.async = true;
    if (!this._done) this._pendingWrites.push([req, buf]);
    else this._encrypt(req, buf);
    return 0;
  }

  writeUtf8String(req, s) {
    return this.writeBuffer(req, Buffer.from(s, 'utf8'));
  }

  _encrypt(req, buf) {
    if (this._closed || this._failed) {
      process.nextTick(() => req.oncomplete(UV_EPIPE, this, undefined));
      return;
    }
    const rc = binding.send(this._engine, buf.buffer, buf.byteOffset, buf.byteLength);
    if (rc < 0) {
      process.nextTick(() => req.oncomplete(UV_EPROTO, this, undefined));
      this._fail();
      return;
    }
    // The write completes when the parent has sent the ciphertext: that keeps backpressure end to end.
    const sent = this._flushCipher((err) => req.oncomplete(err ? (err.errno ?? UV_EPIPE) : 0, this, undefined));
    if (!sent) process.nextTick(() => req.oncomplete(0, this, undefined));
  }

  get writeQueueSize() {
    return this._parent.writableLength ?? 0;
  }

  // close_notify, then the transport's own FIN once it has gone out. Mid-handshake there is no
  // session to close (OpenSSL's SSL_shutdown does nothing then): only the FIN goes.
  shutdown(req) {
    if (this._engine && this._done && !this._failed) binding.shutdown(this._engine);
    const c = this._engine ? binding.takeCipher(this._engine) : null;
    const done = () => req.oncomplete(0, this, req);
    if (this._parent.destroyed || this._parent.writableEnded) process.nextTick(done);
    else this._parent.end(c ? fromDirect(c) : undefined, done);
    return 0;
  }

  // --- handle life --------------------------------------------------------------------------
  readStart() {
    this.reading = true;
    if (this._parent.isPaused()) this._parent.resume();
    this._drain();
    return 0;
  }

  readStop() {
    this.reading = false;
    return 0;
  }

  close(cb) {
    this._closed = true;
    this.reading = false;
    const p = this._parent;
    p.off('data', this._onData);
    p.off('end', this._onEnd);
    // Errors after close still need a listener, or they would go uncaught.
    if (typeof cb === 'function') {
      if (p.closed || (p.destroyed && p._handle == null && !p.connecting)) process.nextTick(() => cb.call(this));
      else p.once('close', () => cb.call(this));
    }
    p.destroy();
  }

  reset(cb) {
    this._closed = true;
    if (typeof this._parent.resetAndDestroy === 'function' && this._parent._handle) {
      this._parent.once('close', () => cb?.call(this));
      this._parent.resetAndDestroy();
      return 0;
    }
    this.close(cb);
    return 0;
  }

  ref() { this._parent.ref?.(); }

  unref() { this._parent.unref?.(); }

  hasRef() { return this._parent._handle?.hasRef?.() ?? true; }

  getAsyncId() { return -1; }

  get fd() { return this._parent._handle?.fd ?? -1; }

  getsockname(out) {
    const a = this._parent._getsockname?.() ?? {};
    if (a.address === undefined) return -107;
    Object.assign(out, a);
    return 0;
  }

  getpeername(out) {
    const a = this._parent._getpeername?.() ?? {};
    if (a.address === undefined) return -107;
    Object.assign(out, a);
    return 0;
  }

  setNoDelay(enable) {
    this._parent.setNoDelay?.(enable);
    return 0;
  }

  setKeepAlive(enable, delaySecs) {
    this._parent.setKeepAlive?.(enable, delaySecs * 1000);
    return 0;
  }

  // --- session ------------------------------------------------------------------------------
  get engine() { return this._engine; }

  get handshakeDone() { return this._done; }
}

module.exports = { TLSWrap };
