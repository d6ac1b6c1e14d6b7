'use strict';
// Timer and immediate queues (Node's internal/timers.js). JS keeps the queues; the timers
// binding arms one loop timer for the earliest expiry and runs the check phase. Java calls
// processTimers/processImmediate once per callback, so nextTicks and promise jobs run between
// two timers exactly as in node.

const binding = internalBinding('timers');
const { validateFunction } = require('internal/validators');
const { captureAsyncContext, applyInAsyncContext } = require('internal/async_context');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kAsyncContext = Symbol('asyncContext');
const kHasPrimitive = Symbol('kHasPrimitive');

let nextId = 1;
let seq = 0;
let timerRefCount = 0;
let scheduledExpiry = 0; // the expiry the loop timer is armed for; 0 = not armed
const knownTimersById = Object.create(null);
// JNODE_TIMER_SCALE (jnode's own knob, read once): multiplies every timer delay when it is armed,
// e.g. 0.05 makes a 10 s interval fire every 0.5 s. _idleTimeout keeps the delay as given.
const timerScale = (() => {
  const v = Number(process.env.JNODE_TIMER_SCALE);
  return v > 0 && Number.isFinite(v) ? v : 1;
})();

// A binary min-heap of Timeouts ordered by (expiry, insertion).
const heap = [];
function less(a, b) {
  return a._expiry < b._expiry || (a._expiry === b._expiry && a._seq < b._seq);
}
function heapPush(t) {
  t._heapIndex = heap.length;
  heap.push(t);
  siftUp(t._heapIndex);
}
function heapRemove(t) {
  const i = t._heapIndex;
  if (i === -1 || i === undefined) return;
  const last = heap.pop();
  t._heapIndex = -1;
  if (i < heap.length) {
    heap[i] = last;
    last._heapIndex = i;
    siftUp(i);
    siftDown(last._heapIndex);
  }
}
function siftUp(i) {
  const t = heap[i];
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(t, heap[p])) break;
    heap[i] = heap[p];
    heap[i]._heapIndex = i;
    i = p;
  }
  heap[i] = t;
  t._heapIndex = i;
}
function siftDown(i) {
  const t = heap[i];
  const n = heap.length;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && less(heap[c + 1], heap[c])) c++;
    if (!less(heap[c], t)) break;
    heap[i] = heap[c];
    heap[i]._heapIndex = i;
    i = c;
  }
  heap[i] = t;
  t._heapIndex = i;
}

function getNow() {
  return binding.now();
}

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this[kAsyncContext] = captureAsyncContext();
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this._heapIndex = -1;
    this._expiry = 0;
    this._seq = 0;
    this._id = nextId++;
    if (isRefed) incRefCount();
  }

  // As node: a timer that has run runs again (a socket's idle timer that fired early is re-armed
  // by the next activity); a cleared one stays cleared.
  refresh() {
    if (this._idleTimeout < 0) return this;
    if (this._destroyed) {
      this._destroyed = false;
      if (this[kRefed]) incRefCount();
      if (this[kHasPrimitive]) knownTimersById[this._id] = this;
    }
    insert(this, getNow());
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeoutImpl(this);
    return this;
  }

  [Symbol.dispose]() {
    clearTimeoutImpl(this);
  }

  [Symbol.toPrimitive]() {
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[this._id] = this;
    }
    return this._id;
  }
}

function incRefCount() {
  if (timerRefCount++ === 0) binding.toggleTimerRef(true);
}
function decRefCount() {
  if (--timerRefCount === 0) binding.toggleTimerRef(false);
}

function insert(timer, now) {
  heapRemove(timer);
  timer._idleStart = now;
  // Whole milliseconds, as libuv's timer sees them: 1.8 and 1 expire together, in insertion order.
  const delay = timerScale === 1 ? timer._idleTimeout : timer._idleTimeout * timerScale;
  timer._expiry = now + Math.trunc(delay);
  timer._seq = seq++;
  heapPush(timer);
  if (scheduledExpiry === 0 || timer._expiry < scheduledExpiry) {
    scheduledExpiry = timer._expiry;
    binding.scheduleTimer(delay);
  }
}

// node's internal setUnrefTimeout, for the runtime's own timeouts (a socket's idle timeout, the
// Date header's refresh): such a timer never holds the loop open, so it never moves the ref
// count (two calls into the loop per keep-alive request otherwise), and it is not the public
// setTimeout, which user code (fake timers) may replace.
function setUnrefTimeout(callback, after) {
  const timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, getNow());
  return timer;
}

function clearTimeoutImpl(timer) {
  if (!timer) return;
  timer._idleTimeout = -1; // cleared: refresh() leaves it be
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) decRefCount();
  heapRemove(timer);
  if (timer[kHasPrimitive]) delete knownTimersById[timer._id];
}

// Runs the first expired timer, then returns the next expiry (> 0 while a ref'd timer exists,
// < 0 when only unref'd ones are left, 0 when none); Java calls again while it is due.
function processTimers(now) {
  scheduledExpiry = 0;
  const timer = heap[0];
  if (timer !== undefined && timer._expiry <= now) {
    heapRemove(timer);
    if (typeof timer._onTimeout !== 'function') {
      // A legacy item without a callback, or one whose callback was removed: just retire it.
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
      }
      return nextExpiry();
    }
    const repeat = timer._repeat;
    if (repeat) timer._idleTimeout = repeat;
    try {
      const args = timer._timerArgs;
      const context = timer[kAsyncContext];
      if (context !== undefined) applyInAsyncContext(context, timer._onTimeout, timer, args ?? []);
      else if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } finally {
      // As in node, the timer counts as active until its callback has returned.
      if (repeat && !timer._destroyed && timer._idleTimeout !== -1 &&
          typeof timer._onTimeout === 'function') {
        insert(timer, getNow());
      } else if (!timer._destroyed && timer._heapIndex === -1) {
        timer._destroyed = true;
        if (timer[kHasPrimitive]) delete knownTimersById[timer._id];
        if (timer[kRefed]) decRefCount();
      }
      scheduledExpiry = 0;
    }
  }
  return nextExpiry();
}

function nextExpiry() {
  const next = heap[0];
  if (next === undefined) return 0;
  scheduledExpiry = next._expiry;
  return timerRefCount > 0 ? next._expiry : -next._expiry;
}

// --- immediates -------------------------------------------------------------------

let immediateQueue = [];
let running = [];
let runningIndex = 0;
let immediateRefCount = 0;

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this[kAsyncContext] = captureAsyncContext();
    this._destroyed = false;
    this[kRefed] = true;
    if (immediateRefCount++ === 0) binding.toggleImmediateRef(true);
    if (immediateQueue.length === 0 && runningIndex >= running.length) binding.requestImmediate();
    immediateQueue.push(this);
  }

  ref() {
    if (!this[kRefed] && !this._destroyed) {
      this[kRefed] = true;
      if (immediateRefCount++ === 0) binding.toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] && !this._destroyed) {
      this[kRefed] = false;
      if (--immediateRefCount === 0) binding.toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediateImpl(this);
  }
}

function clearImmediateImpl(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateRefCount === 0) binding.toggleImmediateRef(false);
  immediate._onImmediate = null;
}

// Runs one immediate of this turn's batch; true while more of the batch remain. Immediates
// queued meanwhile wait for the next turn, as in node's check phase.
function processImmediate() {
  if (runningIndex >= running.length) {
    running = immediateQueue;
    runningIndex = 0;
    immediateQueue = [];
  }
  while (runningIndex < running.length) {
    const imm = running[runningIndex++];
    if (imm._destroyed) continue;
    imm._destroyed = true;
    if (imm[kRefed] && --immediateRefCount === 0) binding.toggleImmediateRef(false);
    const { _onImmediate: cb, _argv: argv } = imm;
    imm._onImmediate = null;
    try {
      const context = imm[kAsyncContext];
      if (context !== undefined) applyInAsyncContext(context, cb, imm, argv ?? []);
      else if (argv === undefined) cb.call(imm);
      else Reflect.apply(cb, imm, argv);
    } finally {
      if (runningIndex >= running.length && immediateQueue.length > 0) binding.requestImmediate();
    }
    return runningIndex < running.length;
  }
  if (immediateQueue.length > 0) binding.requestImmediate();
  return false;
}

// The legacy timers.active/_unrefActive API: any object with _idleTimeout and _onTimeout
// is itself the timer.
function insertGuarded(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  const active = item._heapIndex !== undefined && item._heapIndex !== -1 && !item._destroyed;
  if (active && item[kRefed]) decRefCount();
  item[kRefed] = refed;
  item._destroyed = false;
  if (refed) incRefCount();
  item._idleNext = item;
  item._idlePrev = item;
  insert(item, getNow());
}

function unenrollItem(item) {
  if (item._heapIndex !== undefined && item._heapIndex !== -1 && !item._destroyed) {
    heapRemove(item);
    item._destroyed = true;
    if (item[kRefed]) decRefCount();
  }
  item._idleTimeout = -1;
}

/** 'Timeout' per ref'd pending timer and 'Immediate' per ref'd immediate, for getActiveResourcesInfo. */
function activeTimerResources() {
  const out = [];
  for (let i = 0; i < timerRefCount; i++) out.push('Timeout');
  for (let i = 0; i < immediateRefCount; i++) out.push('Immediate');
  return out;
}

binding.setupTimers(processImmediate, processTimers);

/**
 * A socket or request timeout in ms, as node checks it: a non-negative finite number, and one
 * past TIMEOUT_MAX becomes TIMEOUT_MAX with a TimeoutOverflowWarning (emitted here, so its stack
 * shows the caller).
 */
function getTimerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

module.exports = {
  activeTimerResources,
  insertGuarded,
  unenrollItem,
  Timeout,
  Immediate,
  insert,
  setUnrefTimeout,
  getTimerDuration,
  getNow,
  clearTimeoutImpl,
  clearImmediateImpl,
  knownTimersById,
  kRefed,
  TIMEOUT_MAX,
  validateFunction,
};
