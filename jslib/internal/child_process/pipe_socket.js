'use strict';
// A child's stdio pipe as a Duplex stream over a pipe_wrap handle (node uses a net.Socket over
// a Pipe handle; this is the same surface for what child processes need: data, end, close,
// write/end, setEncoding, ref/unref, fd).

const { Duplex } = require('stream');
const { errnoException } = require('internal/errors');

const UV_EOF = -4095;

class PipeSocket extends Duplex {
  constructor({ handle, readable, writable }) {
    // A both-ways pipe (fd 3 and up) ends its writing side at EOF, as node's net.Socket does;
    // a one-way pipe has only the one side.
    super({ allowHalfOpen: !(readable && writable), readable, writable, emitClose: true, autoDestroy: true });
    this._handle = handle || null;
    this.connecting = false;
    this._reading = false;
    if (this._handle) {
      this._handle.setOnread((nread, buf) => this._onread(nread, buf));
    } else {
      // A spawn that failed: nothing will ever come; end quietly once destroyed.
      if (readable) this.push(null);
    }
  }

  get fd() {
    return this._handle ? this._handle.fdNumber() : -1;
  }

  get pending() {
    return !this._handle;
  }

  get readyState() {
    if (!this._handle) return 'closed';
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  }

  get bufferSize() {
    return this._handle ? this._handle.writeQueueSize() + this.writableLength : 0;
  }

  _onread(nread, buf) {
    if (nread > 0) {
      const chunk = Buffer.from(new ArrayBuffer(buf));
      if (!this.push(chunk)) {
        this._reading = false;
        this._handle.readStop();
      }
      return;
    }
    this._reading = false;
    if (nread === UV_EOF) {
      this.push(null);
      return;
    }
    this.destroy(errnoException(nread, 'read'));
  }

  _read() {
    if (!this._handle || this._reading) return;
    this._reading = true;
    const rc = this._handle.readStart();
    if (rc < 0) this.destroy(errnoException(rc, 'read'));
  }

  _write(chunk, encoding, cb) {
    if (!this._handle) {
      cb(errnoException(-9, 'write'));
      return;
    }
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    const rc = this._handle.write(chunk.buffer, chunk.byteOffset, chunk.byteLength, null,
                                  (status) => cb(status < 0 ? errnoException(status, 'write') : undefined));
    if (rc === 0) cb();
    else if (rc < 0) cb(errnoException(rc, 'write'));
  }

  _final(cb) {
    if (!this._handle) {
      cb();
      return;
    }
    const rc = this._handle.shutdown(() => cb());
    if (rc < 0) cb();
  }

  _destroy(err, cb) {
    const handle = this._handle;
    if (!handle) {
      cb(err);
      return;
    }
    this._handle = null;
    handle.close(() => cb(err));
  }

  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }

  setNoDelay() { return this; }
  setKeepAlive() { return this; }
  setTimeout(ms, cb) {
    if (cb) this.once('timeout', cb);
    return this;
  }
  address() { return {}; }
}

module.exports = { PipeSocket };
