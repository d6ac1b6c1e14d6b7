'use strict';
// tty: isatty, WriteStream (synchronous writes, window size via ioctl TIOCGWINSZ, color depth
// from the environment, cursor control) and ReadStream (raw mode via tcgetattr/tcsetattr
// through FFM). ReadStream reads with fs.read on the fs pool, not on an epoll TTY handle.

const { Readable } = require('stream');
const { SyncWriteStream } = require('internal/fs/sync_write_stream');
const {
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
  errnoException, uvErrmapGet,
} = require('internal/errors');
const { validateInteger } = require('internal/validators');
const { cursorTo, moveCursor, clearLine, clearScreenDown } = require('internal/readline/callbacks');

const stdio = internalBinding('stdio');
const ttyBinding = internalBinding('tty_wrap');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && stdio.isatty(fd);
}

function checkFd(fd) {
  // eslint-disable-next-line no-bitwise
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
}

const UV_EBADF = -9;
const UV_EINVAL = -22;

/**
 * [columns, rows] of terminal `fd`, or a negative errno for other fds (pipes and files are accepted,
 * without a size). An fd that is not open fails as libuv's uv_tty_init does: EINVAL.
 */
function windowSize(fd) {
  const size = ttyBinding.getWindowSize(fd);
  if (size === UV_EBADF) {
    const [code, message] = uvErrmapGet(UV_EINVAL);
    throw new ERR_TTY_INIT_FAILED({ errno: UV_EINVAL, code, message, syscall: 'uv_tty_init' });
  }
  return size;
}

// --- ReadStream ---------------------------------------------------------------------------

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkFd(fd);
  windowSize(fd);
  Readable.call(this, { highWaterMark: 0, ...options });
  this.fd = fd;
  this.isRaw = false;
  this.isTTY = true;
  this._reading = false;
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = ttyBinding.setRawMode(this.fd, flag);
  if (err) {
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

ReadStream.prototype._read = function _read(n) {
  if (this._reading) return;
  this._reading = true;
  const buf = require('buffer').Buffer.allocUnsafe(64 * 1024);
  require('fs').read(this.fd, buf, 0, buf.length, null, (err, bytesRead) => {
    this._reading = false;
    if (err) {
      this.destroy(err);
      return;
    }
    this.push(bytesRead === 0 ? null : buf.subarray(0, bytesRead));
  });
};

// A pending read on a terminal holds the loop like node's reading handle; these keep the API.
ReadStream.prototype.ref = function ref() { return this; };
ReadStream.prototype.unref = function unref() { return this; };

// --- WriteStream --------------------------------------------------------------------------

function WriteStream(fd) {
  if (!new.target) return new WriteStream(fd);
  checkFd(fd);
  const self = Reflect.construct(SyncWriteStream, [fd, stdio], new.target);
  const size = windowSize(fd);
  if (typeof size !== 'number') {
    self.columns = size[0];
    self.rows = size[1];
  }
  return self;
}
Object.setPrototypeOf(WriteStream.prototype, SyncWriteStream.prototype);
Object.setPrototypeOf(WriteStream, SyncWriteStream);

WriteStream.prototype.isTTY = true;

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

const TERM_ENVS = {
  'eterm': COLORS_16, 'cons25': COLORS_16, 'console': COLORS_16, 'cygwin': COLORS_16,
  'dtterm': COLORS_16, 'gnome': COLORS_16, 'hurd': COLORS_16, 'jfbterm': COLORS_16,
  'konsole': COLORS_16, 'kterm': COLORS_16, 'mlterm': COLORS_16, 'mosh': COLORS_16m,
  'putty': COLORS_16, 'st': COLORS_16, 'rxvt-unicode-24bit': COLORS_16m,
  'terminator': COLORS_16m, 'xterm-kitty': COLORS_16m,
};
// node 20: any of these CI providers means 256 colors.
const CI_ENVS = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];
const TERM_PATTERNS = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/,
  /^xterm/, /^vt100/, /^vt220/];

let warnedNoColor = false;
function warnOnDeactivatedColors(env) {
  if (warnedNoColor) return;
  let name = '';
  if (env.NO_COLOR !== undefined) name = 'NO_COLOR';
  else if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (name !== '') {
    process.emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
    warnedNoColor = true;
  }
}

/** Bits of color the terminal described by `env` supports: 1, 4, 8 or 24. */
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        warnOnDeactivatedColors(env);
        return COLORS_16;
      case '2':
        warnOnDeactivatedColors(env);
        return COLORS_256;
      case '3':
        warnOnDeactivatedColors(env);
        return COLORS_16m;
      default:
        return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    if (CI_ENVS.some((name) => name in env) || env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const termEnv = env.TERM.toLowerCase();
    if (TERM_ENVS[termEnv]) return TERM_ENVS[termEnv];
    if (TERM_PATTERNS.some((re) => re.test(termEnv))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

WriteStream.prototype.getColorDepth = function(env) {
  return getColorDepth(env);
};
WriteStream.prototype.hasColors = hasColors;

WriteStream.prototype._refreshSize = function() {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const size = ttyBinding.getWindowSize(this.fd);
  if (typeof size === 'number') {
    this.emit('error', errnoException(size, 'getWindowSize'));
    return;
  }
  const [newCols, newRows] = size;
  if (oldCols !== newCols || oldRows !== newRows) {
    this.columns = newCols;
    this.rows = newRows;
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function(x, y, cb) {
  return cursorTo(this, x, y, cb);
};
WriteStream.prototype.moveCursor = function(dx, dy, cb) {
  return moveCursor(this, dx, dy, cb);
};
WriteStream.prototype.clearLine = function(dir, cb) {
  return clearLine(this, dir, cb);
};
WriteStream.prototype.clearScreenDown = function(cb) {
  return clearScreenDown(this, cb);
};
WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
