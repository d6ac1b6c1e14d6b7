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
  // stdout/stderr never close the fd, and a destroy() leaves them writable: other code (and the
  // exit path) still writes to them.
  stream._destroy = function(err, cb) {
    cb(err);
    this._undestroy();
  };
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

// process.stdout/stderr/stdin are built on first use, then become plain properties.
const lazyGetters = [];
function install(process, defineLazy) {
  defineLazy(process, 'stdout', getStdout, true);
  defineLazy(process, 'stderr', getStderr, true);
  defineLazy(process, 'stdin', getStdin, true);
  // Old API, still in node: stdin flowing, returned.
  process.openStdin = function() {
    process.stdin.resume();
    return process.stdin;
  };
  lazyGetters[1] = Object.getOwnPropertyDescriptor(process, 'stdout').get;
  lazyGetters[2] = Object.getOwnPropertyDescriptor(process, 'stderr').get;
}

// What the global console writes to while nobody has built or replaced process.stdout/stderr
// and the fd is a file or pipe: the fd itself. Writes there are synchronous either way, so
// the bytes and their order are the same, and the stream stack loads only when asked for.
const fdSinks = [];
const notTTY = [];
function directSink(fd) {
  if ((fd === 1 ? stdout : stderr) !== undefined) return undefined;
  if (Object.getOwnPropertyDescriptor(process, fd === 1 ? 'stdout' : 'stderr')?.get !== lazyGetters[fd]) return undefined;
  if (!(notTTY[fd] ??= !stdio.isatty(fd))) return undefined;
  // Like the stream, it reports a failed write by dropping it (console ignores write errors).
  return fdSinks[fd] ??= { isTTY: false, write(string) { stdio.writeString(fd, string); return true; } };
}

module.exports = { writeStderrSync, install, directSink };
