'use strict';
// tty without a terminal (tests run with pipes): isatty, color depth rules, cursor sequences.
const assert = require('assert');
const tty = require('tty');

assert.strictEqual(tty.isatty(-1), false);
assert.strictEqual(tty.isatty(1.5), false);
assert.strictEqual(tty.isatty('1'), false);
const fs = require('fs');
const fd = fs.openSync(__filename, 'r');
assert.strictEqual(tty.isatty(fd), false);
fs.closeSync(fd);

assert.throws(() => new tty.WriteStream(-1), { code: 'ERR_INVALID_FD', message: '"fd" must be a positive integer: -1' });
assert.throws(() => new tty.ReadStream('x'), { code: 'ERR_INVALID_FD', message: '"fd" must be a positive integer: x' });

const depth = (env) => tty.WriteStream.prototype.getColorDepth.call({}, env);
assert.strictEqual(depth({}), 1);
assert.strictEqual(depth({ TERM: 'xterm-256color' }), 8);
assert.strictEqual(depth({ TERM: 'xterm' }), 4);
assert.strictEqual(depth({ TERM: 'dumb' }), 1);
assert.strictEqual(depth({ COLORTERM: 'truecolor' }), 24);
assert.strictEqual(depth({ TERM: 'xterm', NO_COLOR: '1' }), 1);
assert.strictEqual(depth({ FORCE_COLOR: '3' }), 24);
assert.strictEqual(depth({ FORCE_COLOR: '0' }), 1);
assert.strictEqual(depth({ TMUX: '1' }), 8);
assert.strictEqual(depth({ CI: '1', GITHUB_ACTIONS: '1' }), 8);
assert.strictEqual(depth({ CI: '1' }), 1);
assert.strictEqual(depth({ TEAMCITY_VERSION: '9.1.0' }), 4);
assert.strictEqual(depth({ TERM: 'mosh' }), 24);
assert.strictEqual(depth({ COLORTERM: 'x' }), 4);
const hasColors = tty.WriteStream.prototype.hasColors;
assert.strictEqual(hasColors.call({}, {}), false);
assert.strictEqual(hasColors.call({}, 256, { TERM: 'xterm-256color' }), true);
assert.throws(() => hasColors.call({}, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "count" is out of range. It must be >= 2 && <= 9007199254740991. Received 1',
});

// Cursor control writes node's escape sequences.
const written = [];
const fake = { write(s, cb) { written.push(s); return true; } };
const proto = tty.WriteStream.prototype;
proto.cursorTo.call(fake, 3);
proto.cursorTo.call(fake, 3, 4);
proto.moveCursor.call(fake, -2, 1);
proto.clearLine.call(fake, 0);
proto.clearLine.call(fake, -1);
proto.clearScreenDown.call(fake);
assert.deepStrictEqual(written, ['\x1b[4G', '\x1b[5;4H', '\x1b[2D\x1b[1B', '\x1b[2K', '\x1b[1K', '\x1b[0J']);
assert.throws(() => proto.cursorTo.call(fake, NaN), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'x' is invalid. Received NaN",
});
assert.throws(() => proto.cursorTo.call(fake, 'a', 1), {
  code: 'ERR_INVALID_CURSOR_POS', message: 'Cannot set cursor row without setting its column',
});

// stdout is a pipe here: not a TTY.
assert.strictEqual(process.stdout.isTTY, undefined);

// An fd that is not open: both streams fail as libuv's uv_tty_init does on Unix (EINVAL); a
// negative one is no fd at all.
const closedFd = fs.openSync(__filename, 'r');
fs.closeSync(closedFd);
for (const Stream of [tty.ReadStream, tty.WriteStream]) {
  assert.throws(() => new Stream(closedFd), {
    code: 'ERR_TTY_INIT_FAILED',
    name: 'SystemError',
    message: 'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)',
    info: { errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' },
  });
  assert.throws(() => new Stream(-1), { code: 'ERR_INVALID_FD', message: '"fd" must be a positive integer: -1' });
}
