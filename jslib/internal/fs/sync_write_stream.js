'use strict';
// A Writable over an fd written synchronously (Node's internal/fs/sync_write_stream).

const { Writable } = require('stream');

class SyncWriteStream extends Writable {
  constructor(fd, stdio, options) {
    super({ autoDestroy: true, decodeStrings: false, ...options });
    this.fd = fd;
    this.readable = false;
    this._stdio = stdio;
  }

  _write(chunk, encoding, cb) {
    const rc = typeof chunk === 'string'
      ? this._stdio.writeString(this.fd, chunk)
      : this._stdio.writeBuffer(this.fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (rc < 0) {
      cb(require('internal/errors').errnoException(rc, 'write'));
      return;
    }
    cb();
  }
}

module.exports = { SyncWriteStream };
