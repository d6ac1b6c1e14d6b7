'use strict';
// process.stdout / stderr / stdin. Writes to the process's own fds are synchronous, as node's
// are for files and TTYs.

const stdio = internalBinding('stdio');

function writeStderrSync(s) {
  stdio.writeString(2, s);
}

let stdout;
let stderr;
let stdin;

function createWritableStdioStream(fd) {
  const { SyncWriteStream } = require('internal/fs/sync_write_stream');
  // A terminal gets tty.WriteStream (columns, rows, getColorDepth, cursor control), as in node.
  const isTTY = stdio.isatty(fd);
  const stream = isTTY ? new (require('tty').WriteStream)(fd) : new SyncWriteStream(fd, stdio);
  stream.fd = fd;
  stream._isStdio = true;
  if (!isTTY) stream.isTTY = undefined;
  stream.destroySoon = stream.destroy;
  // stdout/stderr never close the fd: other code (and the exit path) still writes to it.
  stream._destroy = (err, cb) => cb(err);
  return stream;
}

function getStdout() {
  return stdout ??= createWritableStdioStream(1);
}
function getStderr() {
  return stderr ??= createWritableStdioStream(2);
}
function getStdin() {
  return stdin ??= require('internal/process/stdin').create(0);
}

module.exports = { writeStderrSync, getStdout, getStderr, getStdin };
