'use strict';
// process.stdin: a Readable over fd 0. Each read is a blocking read(2) on a dedicated Java thread
// (fine for files, pipes and TTYs alike); its chunk is pushed back on the loop. A pending read
// keeps the process alive only while someone is reading: pause() drops that ref, resume() and
// read() take it back, as node's readStop/readStart do.

const { Readable } = require('stream');
const { Buffer } = require('buffer');
const { errnoException } = require('internal/errors');

const fsb = internalBinding('fs');
const kChunk = 64 * 1024;

function create(fd) {
  let pending = false;
  let paused = false;

  const stream = new Readable({
    highWaterMark: kChunk,
    autoDestroy: true,
    read() {
      if (paused && this.readableFlowing !== false) {
        paused = false;
        fsb.refBlocking(true);
      }
      if (pending || this.destroyed) return;
      pending = true;
      fsb.readBlocking(fd, kChunk, (r) => {
        pending = false;
        if (this.destroyed) return;
        if (typeof r === 'number') {
          this.destroy(errnoException(r, 'read'));
          return;
        }
        const buf = Buffer.from(new ArrayBuffer(r));
        if (buf.length === 0) this.push(null);
        else this.push(buf);
      });
    },
    destroy(err, cb) {
      // fd 0 stays open: other code (a child's stdio, a later reopen) may still use it.
      fsb.refBlocking(false);
      cb(err);
    },
  });

  stream.on('pause', () => {
    paused = true;
    fsb.refBlocking(false);
  });
  stream.on('resume', () => {
    paused = false;
    fsb.refBlocking(true);
  });

  stream.fd = fd;
  const tty = fsb.isatty(fd);
  if (tty) stream.isTTY = true;
  stream._isStdio = true;
  return stream;
}

module.exports = { create };
