'use strict';
// The ANSI cursor helpers of readline (cursorTo, moveCursor, clearLine, clearScreenDown): each
// writes one control sequence to a stream and returns what stream.write returned.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const CSI = '\x1b[';

// A missing stream still calls back, on a later tick, as node does.
function writeOrCallback(stream, data, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || data === '') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    return writeOrCallback(null, '', callback);
  }
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return writeOrCallback(stream, data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return writeOrCallback(stream, data, callback);
}

/** dir < 0: to the left of the cursor; dir > 0: to the right; 0: the whole line. */
function clearLine(stream, dir, callback) {
  const data = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return writeOrCallback(stream, data, callback);
}

function clearScreenDown(stream, callback) {
  return writeOrCallback(stream, `${CSI}0J`, callback);
}

module.exports = { CSI, cursorTo, moveCursor, clearLine, clearScreenDown };
