'use strict';
// async_hooks: AsyncLocalStorage and AsyncResource over one "current frame" (storage → store).
// With the engine's AsyncContext (js.async-context) the frame follows promises and await;
// without it, it follows synchronous calls and explicit promise .then() callbacks only.
// Timers, immediates and nextTicks carry it (internal/async_context); I/O callbacks do not yet,
// and createHook's hooks never fire.

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { trackAsyncContext } = require('internal/async_context');

const EngineAsyncContext = require('internal/engine_globals').AsyncContext;

// A frame is mutable only through enterWith; run() always makes a new one.
function newFrame(map) {
  return { map };
}
const rootFrame = newFrame(new Map());
const variable = EngineAsyncContext ? new EngineAsyncContext.Variable({ defaultValue: rootFrame }) : null;
let syncFrame = rootFrame;

function currentFrame() {
  return variable ? variable.get() : syncFrame;
}

function runInFrame(frame, fn, thisArg, args) {
  if (variable) return variable.run(frame, () => Reflect.apply(fn, thisArg, args));
  const prev = syncFrame;
  syncFrame = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    syncFrame = prev;
  }
}

// Without engine support, .then() callbacks at least run in the frame they were registered in.
let thenPatched = false;
function patchThen() {
  if (variable || thenPatched) return;
  thenPatched = true;
  const then = Promise.prototype.then;
  const wrap = (cb, frame) => (typeof cb === 'function'
    ? function(value) { return runInFrame(frame, cb, this, [value]); } : cb);
  Object.defineProperty(Promise.prototype, 'then', {
    value: function then_(onFulfilled, onRejected) {
      const frame = syncFrame;
      return Reflect.apply(then, this, [wrap(onFulfilled, frame), wrap(onRejected, frame)]);
    },
    writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(Promise.prototype.then, 'name', { value: 'then' });
}

// --- AsyncLocalStorage ---------------------------------------------------------------------

class AsyncLocalStorage {
  #enabled = false;

  constructor() {
    patchThen();
    trackAsyncContext();
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    const frame = currentFrame();
    return function bound(...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  static snapshot() {
    const frame = currentFrame();
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    this.#enabled = false;
    const frame = currentFrame();
    if (frame.map.has(this)) {
      const map = new Map(frame.map);
      map.delete(this);
      frame.map = map;
    }
  }

  getStore() {
    if (!this.#enabled) return undefined;
    return currentFrame().map.get(this);
  }

  enterWith(store) {
    this.#enabled = true;
    const frame = currentFrame();
    const map = new Map(frame.map);
    map.set(this, store);
    // Callbacks registered earlier keep the frame they captured; the engine's variable cannot
    // be reassigned, so there the current frame is updated in place.
    if (variable) frame.map = map;
    else syncFrame = newFrame(map);
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    const map = new Map(currentFrame().map);
    map.set(this, store);
    return runInFrame(newFrame(map), callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, null, args);
    const map = new Map(currentFrame().map);
    map.delete(this);
    return runInFrame(newFrame(map), callback, undefined, args);
  }
}

// --- ids and resources ----------------------------------------------------------------------

let nextAsyncId = 2; // 1 is the main script's
let executionId = 1;
let triggerId = 0;
let currentResource = {};

function executionAsyncId() {
  return executionId;
}

function triggerAsyncId() {
  return triggerId;
}

function executionAsyncResource() {
  return currentResource;
}

let warnedAsyncResource = false;
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerAsyncId');
const kFrame = Symbol('frame');

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? executionAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    this[kAsyncId] = nextAsyncId++;
    this[kTriggerId] = triggerAsyncId;
    this[kFrame] = currentFrame();
    void requireManualDestroy;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const prev = [executionId, triggerId, currentResource];
    executionId = this[kAsyncId];
    triggerId = this[kTriggerId];
    currentResource = this;
    try {
      return runInFrame(this[kFrame], fn, thisArg, args);
    } finally {
      [executionId, triggerId, currentResource] = prev;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true, enumerable: true,
        get() {
          if (!warnedAsyncResource) {
            warnedAsyncResource = true;
            process.emitWarning('The asyncResource property on bound functions is deprecated',
              'DeprecationWarning', 'DEP0172');
          }
          return self;
        },
        set(val) { self = val; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

// --- hooks: accepted and validated, never called ----------------------------------------------

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
  }

  enable() {
    return this;
  }

  disable() {
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  AsyncResource,
};
