'use strict';
// The public timers API (Node's lib/timers.js) over internal/timers.

const {
  Timeout,
  Immediate,
  insert,
  getNow,
  clearTimeoutImpl,
  clearImmediateImpl,
  knownTimersById,
  validateFunction,
  insertGuarded,
  unenrollItem,
} = require('internal/timers');
const { validateNumber } = require('internal/validators');
const { deprecate } = require('internal/util/deprecate');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 2) {
    if (n === 3) args = [arg1];
    else if (n === 4) args = [arg1, arg2];
    else args = Array.prototype.slice.call(arguments, 2);
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, getNow());
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 2) {
    if (n === 3) args = [arg1];
    else if (n === 4) args = [arg1, arg2];
    else args = Array.prototype.slice.call(arguments, 2);
  }
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, getNow());
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    clearTimeoutImpl(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) clearTimeoutImpl(timerInstance);
  }
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 1) {
    if (n === 2) args = [arg1];
    else if (n === 3) args = [arg1, arg2];
    else args = Array.prototype.slice.call(arguments, 1);
  }
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  clearImmediateImpl(immediate);
}

// Legacy API kept by node for old modules.
function enroll(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  item._idleTimeout = msecs;
}
function unenroll(item) {
  if (item instanceof Timeout) clearTimeoutImpl(item);
  else unenrollItem(item);
}
function active(item) {
  insertGuarded(item, true);
}
function unrefActive(item) {
  insertGuarded(item, false);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  enroll: deprecate(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
  unenroll: deprecate(unenroll, 'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  active: deprecate(active, 'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  _unrefActive: deprecate(unrefActive,
                          'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
};
Object.defineProperty(module.exports, 'promises', {
  get() { return require('timers/promises'); }, enumerable: true, configurable: true,
});
