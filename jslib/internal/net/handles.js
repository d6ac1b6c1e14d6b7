'use strict';
// TCP and Pipe handle objects (node's tcp_wrap / pipe_wrap over stream_wrap), each wrapping one
// Java SocketHandle on a Netty epoll channel. The Java side delivers events through one
// dispatcher; requests (connect, write, shutdown) carry a req object whose oncomplete runs, as
// in node. child_process passes `handle.fd` to another process and adopts one with `open(fd)`.

const binding = internalBinding('tcp_wrap');
const { Buffer } = require('buffer');
const { FastBuffer } = require('buffer')[Symbol.for('jnode.buffer.internals')];
const DOUBLE_ZERO = require('internal/util/double_zero');

const owner_symbol = Symbol('owner_symbol');
const { live: liveHandles } = require('internal/process/active_handles');
const UV_EOF = -4095;

binding.setup((owner, name, a, b, c) => owner[name](a, b, c));

// Reads arrive as (memory, offset): the loop's read scratch (Java's ReadScratch), which the next
// read overwrites, so each read is copied out into a Buffer over an ArrayBuffer of exactly its
// bytes, as node's reads are (not a pool slice). The scratch is wrapped as an ArrayBuffer once.
let lastMemory = null;
let scratch = null;
function copyOut(memory, offset, n) {
  if (memory !== lastMemory) {
    lastMemory = memory;
    scratch = new Uint8Array(new ArrayBuffer(memory));
  }
  const buf = new FastBuffer(n);
  buf.set(scratch.subarray(offset, offset + n));
  return buf;
}

const constants = { SOCKET: 0, SERVER: 1, IPC: 2, UV_TCP_IPV6ONLY: 1, UV_READABLE: 1, UV_WRITABLE: 2 };

function addressInto(out, r) {
  if (typeof r === 'number') return r;
  out.address = r[0];
  if (r.length > 1) {
    out.family = r[1];
    out.port = r[2];
  }
  return 0;
}

class StreamHandle {
  constructor(j) {
    this._j = j;
    j.setOwner(this);
    liveHandles.add(this);
    this.reading = false;
    this.onread = null;
    this.onconnection = null;
    this.bytesWritten = DOUBLE_ZERO;
    this[owner_symbol] = null;
  }

  // --- called from Java ---------------------------------------------------------------------
  $read(nread, memory, offset) {
    const buf = memory == null ? undefined : copyOut(memory, offset, nread);
    if (this.onread !== null) this.onread(nread, buf);
  }

  $connection(status, j) {
    const client = j == null ? undefined : new this.constructor(constants.SOCKET, j);
    if (this.onconnection !== null) this.onconnection(status, client);
  }

  // --- node's handle API -------------------------------------------------------------------
  get fd() { return this._j.fd(); }

  get bytesRead() { return this._j.bytesRead(); }

  // The kernel's SO_RCVBUF (recv) or SO_SNDBUF, or -errno (for process.report).
  bufferSize(recv) { return this._j.bufferSize(!!recv); }

  open(fd) { return this._j.open(fd); }

  listen(backlog) { return this._j.listen(backlog); }

  getsockname(out) { return addressInto(out, this._j.getsockname()); }

  getpeername(out) { return addressInto(out, this._j.getpeername()); }

  readStart() {
    this.reading = true;
    return this._j.readStart();
  }

  readStop() {
    this.reading = false;
    return this._j.readStop();
  }

  // req.oncomplete(status, handle, error) like WriteWrap; returns 0 or -errno, sets req.async.
  writeBuffer(req, buf) {
    const n = buf.byteLength;
    this.bytesWritten += n;
    req.bytes = n;
    return this._complete(req, this._j.writeBuffer(buf.buffer, buf.byteOffset, n,
                                                   (status) => req.oncomplete(status, this, undefined)));
  }

  writeUtf8String(req, s) {
    const n = Buffer.byteLength(s, 'utf8');
    this.bytesWritten += n;
    req.bytes = n;
    return this._complete(req, this._j.writeUtf8String(s, (status) => req.oncomplete(status, this, undefined)));
  }

  _complete(req, rc) {
    req.async = rc === 1;
    return rc === 1 ? 0 : rc;
  }

  get writeQueueSize() { return this._j.writeQueueSize(); }

  shutdown(req) {
    return this._j.shutdown((status) => req.oncomplete(status, this, req));
  }

  close(cb) {
    this.reading = false;
    liveHandles.delete(this);
    this._j.close(typeof cb === 'function' ? () => cb.call(this) : null);
  }

  // Closes with a TCP RST (SO_LINGER 0) rather than a FIN.
  reset(cb) {
    const rc = this._j.reset(typeof cb === 'function' ? () => cb.call(this) : null);
    this.reading = false;
    liveHandles.delete(this);
    return rc;
  }

  // uv_stream_set_blocking: O_NONBLOCK off (the fd is about to be a child's stdio).
  setBlocking(blocking) { return this._j.setBlocking(!!blocking); }

  ref() { this._j.ref(); }

  unref() { this._j.unref(); }

  hasRef() { return this._j.hasRef(); }

  getAsyncId() { return -1; }
}

// node's marker of a handle its HTTP parser can consume (read itself, with no 'data' events).
StreamHandle.prototype.isStreamBase = true;

class TCP extends StreamHandle {
  constructor(type, j) {
    super(j ?? binding.tcp());
    this.type = type;
  }

  bind(address, port) { return this._j.bind(address, port | 0); }

  bind6(address, port, flags) { return this._j.bind6(address, port | 0, flags | 0); }

  connect(req, address, port) {
    return this._j.connect(address, port | 0, (status) => req.oncomplete(status, this, req, true, true));
  }

  connect6(req, address, port) {
    return this._j.connect6(address, port | 0, (status) => req.oncomplete(status, this, req, true, true));
  }

  setNoDelay(enable) { return this._j.setNoDelay(!!enable); }

  setKeepAlive(enable, delaySecs) { return this._j.setKeepAlive(!!enable, delaySecs | 0); }

  // Its name in process.getActiveResourcesInfo(), node's.
  get resourceName() { return this.type === constants.SERVER ? 'TCPServerWrap' : 'TCPSocketWrap'; }
}

class Pipe extends StreamHandle {
  constructor(type, j) {
    super(j ?? binding.pipe());
    this.type = type;
  }

  get resourceName() { return 'PipeWrap'; }

  bind(path) {
    this._path = path;
    return this._j.bindPipe(path);
  }

  connect(req, path) {
    return this._j.connectPipe(path, (status) => req.oncomplete(status, this, req, true, true));
  }

  // uv_pipe_chmod: read (UV_READABLE) and/or write (UV_WRITABLE) for everyone, added to the
  // mode of the socket file this handle is bound to; 0 or -errno.
  fchmod(mode) {
    const fs = require('fs');
    const want = (mode & constants.UV_READABLE ? 0o444 : 0) | (mode & constants.UV_WRITABLE ? 0o222 : 0);
    try {
      const current = fs.statSync(this._path).mode & 0o7777;
      if ((current & want) !== want) fs.chmodSync(this._path, current | want);
      return 0;
    } catch (e) {
      return e.errno ?? -22; // EINVAL: not bound to a path (a pipe opened from an fd)
    }
  }
}
// Like node's Pipe: no socket names (net reports the path it was given instead).
Pipe.prototype.getsockname = undefined;
Pipe.prototype.getpeername = undefined;

class TCPConnectWrap {}
class PipeConnectWrap {}
class WriteWrap {}
class ShutdownWrap {}

// node's guessHandleType for sockets: 'TCP', 'PIPE' or 'UNKNOWN'.
function guessSocketType(fd) {
  return binding.guessSocketType(fd);
}

module.exports = {
  TCP,
  Pipe,
  TCPConnectWrap,
  PipeConnectWrap,
  WriteWrap,
  ShutdownWrap,
  constants,
  owner_symbol,
  guessSocketType,
  UV_EOF,
  copyOut,
};
