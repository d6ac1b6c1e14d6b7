'use strict';
// timers/promises (Node's lib/timers/promises.js).

const { Timeout, Immediate, insert, getNow, clearTimeoutImpl, clearImmediateImpl } = require('internal/timers');
const { AbortError } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateObject, validateNumber } = require('internal/validators');

function cancelListenerHandler(clear, reject, signal) {
  if (!this._destroyed) {
    clear(this);
    reject(new AbortError(undefined, { cause: signal?.reason }));
  }
}

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function setTimeout(after, value, options = {}) {
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    var { signal, ref } = checkOptions(options); // eslint-disable-line no-var
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const timeout = new Timeout(resolve, after, [value], false, ref);
    insert(timeout, getNow());
    if (signal) {
      oncancel = cancelListenerHandler.bind(timeout, clearTimeoutImpl, reject, signal);
      signal.addEventListener('abort', oncancel, { once: true });
    }
  });
  return oncancel !== undefined ? ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}

function setImmediate(value, options = {}) {
  try {
    var { signal, ref } = checkOptions(options); // eslint-disable-line no-var
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      oncancel = cancelListenerHandler.bind(immediate, clearImmediateImpl, reject, signal);
      signal.addEventListener('abort', oncancel, { once: true });
    }
  });
  return oncancel !== undefined ? ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}

async function* setInterval(after, value, options = {}) {
  validateObject(options, 'options');
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref } = checkOptions(options);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = new Timeout(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after, undefined, true, ref);
    insert(interval, getNow());
    if (signal) {
      onCancel = () => {
        clearTimeoutImpl(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => (callback = resolve));
      }
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    clearTimeoutImpl(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
