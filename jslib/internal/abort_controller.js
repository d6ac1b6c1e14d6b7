'use strict';
// AbortController and AbortSignal (node 20): abort(reason), timeout(ms) on an unref'd timer,
// any(signals) following its sources, and the trusted 'abort' event.

const {
  EventTarget, Event, kTrustEvent, defineEventHandler,
} = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateUint32, validateArray, validateAbortSignal } =
  require('internal/validators');
const { DOMException } = require('internal/dom_exception');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kDontThrow = Symbol('kDontThrow');

let inspectFn;
function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  inspectFn ??= require('internal/util/inspect').inspect;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return `${self.constructor.name} ${inspectFn(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

class AbortSignal extends EventTarget {
  constructor(dontThrow = undefined, init = undefined) {
    if (dontThrow !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    const { aborted = false, reason = undefined, composite = false } = init ?? {};
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrow, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    signal[kTimeout] = true;
    // Unref'd: a pending timeout signal alone does not keep the process alive (as in node).
    const timer = require('timers').setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    validateArray(signals, 'signals');
    for (let i = 0; i < signals.length; i++) validateAbortSignal(signals[i], `signals[${i}]`);
    const result = new AbortSignal(kDontThrow, { composite: true });
    if (signals.length === 0) return result;
    result[kSourceSignals] = new Set();
    for (const signal of signals) {
      if (signal.aborted) {
        result[kAborted] = true;
        result[kReason] = signal.reason;
        return result;
      }
    }
    for (const signal of signals) {
      // Composite sources are flattened, so a chain of any() follows the original signals.
      const sources = signal[kComposite] && signal[kSourceSignals] ? signal[kSourceSignals] : [signal];
      for (const source of sources) {
        if (result[kSourceSignals].has(source)) continue;
        result[kSourceSignals].add(source);
        source[kDependantSignals] ??= new Set();
        source[kDependantSignals].add(result);
      }
    }
    return result;
  }
}

for (const name of ['aborted', 'reason', 'throwIfAborted']) {
  const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  d.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, name, d);
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});
defineEventHandler(AbortSignal.prototype, 'abort');

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  const dependants = signal[kDependantSignals];
  if (dependants) {
    signal[kDependantSignals] = undefined;
    for (const dependant of dependants) abortSignal(dependant, reason);
  }
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = new AbortSignal(kDontThrow);
  }

  get signal() {
    if (!(#signal in this)) throw new ERR_INVALID_THIS('AbortController');
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!(#signal in this)) throw new ERR_INVALID_THIS('AbortController');
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}
for (const name of ['signal', 'abort']) {
  const d = Object.getOwnPropertyDescriptor(AbortController.prototype, name);
  d.enumerable = true;
  Object.defineProperty(AbortController.prototype, name, d);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

/** A fresh signal already aborted (or not) — for internals that build signals. */
function newAbortSignal(init) {
  return new AbortSignal(kDontThrow, init);
}

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  newAbortSignal,
  kAborted,
};
