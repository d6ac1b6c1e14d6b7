'use strict';
// Shared pieces of the WHATWG streams (node's internal/webstreams/util): queues with sizes,
// strategy extraction, promise plumbing and the custom inspect every stream class uses.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kState = Symbol('kState');
const kType = Symbol('kType');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// { promise, resolve, reject, settled } in one object, as the spec's "a new promise" with its
// steps; `settled` tells whether the promise is still pending.
function createDeferred() {
  const deferred = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  deferred.promise = new Promise((resolve, reject) => {
    deferred.resolve = (value) => {
      deferred.settled = true;
      resolve(value);
    };
    deferred.reject = (err) => {
      deferred.settled = true;
      reject(err);
    };
  });
  return deferred;
}

// A deferred already rejected (and marked handled), for promises the spec replaces.
function rejectedDeferred(err) {
  const deferred = createDeferred();
  deferred.reject(err);
  setPromiseHandled(deferred.promise);
  return deferred;
}

// The spec's CallPullIfNeeded for either controller: one pull at a time, one more if asked
// meanwhile; a failed pull errors the stream through `onError(controller, err)`.
function pullIfNeeded(controller, shouldCallPull, onError) {
  if (!shouldCallPull(controller)) return;
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm(controller).then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      pullIfNeeded(controller, shouldCallPull, onError);
    }
  }, (err) => onError(controller, err));
}

function setPromiseHandled(promise) {
  promise.then(undefined, () => {});
}

// Calls an underlying source/sink method; a sync throw becomes a rejection, as the spec's
// "invoke a callback function type" steps do.
function invokePromise(fn, thisArg, ...args) {
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

// The algorithm for a method of the underlying object, or one that resolves undefined.
// `label` names the underlying object in errors ('source', 'sink', 'transformer').
function methodAlgorithm(source, name, label) {
  const method = source?.[name];
  if (method === undefined) return () => Promise.resolve();
  validateFunction(method, `${label}.${name}`);
  return (...args) => invokePromise(method, source, ...args);
}

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = Number(value);
  if (Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return () => 1;
  validateFunction(size, 'strategy.size');
  return size;
}

function isBrandCheck(value, type) {
  return typeof value === 'object' && value !== null && value[kType] === type;
}

function enqueueValueWithSize(controller, value, size) {
  size = Number(size);
  if (typeof size !== 'number' || size < 0 || Number.isNaN(size) || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  controller[kState].queue.push({ value, size });
  controller[kState].queueTotalSize += size;
}

function dequeueValue(controller) {
  const state = controller[kState];
  const { value, size } = state.queue.shift();
  state.queueTotalSize = Math.max(0, state.queueTotalSize - size);
  return value;
}

function peekQueueValue(controller) {
  return controller[kState].queue[0].value;
}

function resetQueue(controller) {
  controller[kState].queue = [];
  controller[kState].queueTotalSize = 0;
}

function isViewedArrayBufferDetached(view) {
  return view.byteLength === 0 && view.buffer.byteLength === 0;
}

function transferArrayBuffer(buffer) {
  return buffer.transfer();
}

function copyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count).set(new Uint8Array(fromBuffer, fromIndex, count));
}

function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function validateBufferSource(value, name) {
  if (!ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], value);
  }
}

function validateQueuingStrategy(strategy) {
  if (strategy !== undefined && (strategy === null || typeof strategy !== 'object')) {
    throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
  }
}

function rejectedState(message) {
  return Promise.reject(new ERR_INVALID_STATE.TypeError(message));
}

let inspectFn;
function customInspect(self, depth, options, name, data) {
  if (depth < 0) return self;
  inspectFn ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspectFn(data, opts)}`;
}

// Accessors and methods of the classes are enumerable, as WebIDL makes them.
function makeEnumerable(cls, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(cls.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(cls.prototype, name, desc);
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: cls.name, configurable: true });
}

module.exports = {
  kState,
  kType,
  customInspectSymbol,
  createDeferred,
  rejectedDeferred,
  setPromiseHandled,
  pullIfNeeded,
  invokePromise,
  methodAlgorithm,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrandCheck,
  enqueueValueWithSize,
  dequeueValue,
  peekQueueValue,
  resetQueue,
  isViewedArrayBufferDetached,
  transferArrayBuffer,
  copyDataBlockBytes,
  cloneAsUint8Array,
  validateBufferSource,
  validateQueuingStrategy,
  rejectedState,
  customInspect,
  makeEnumerable,
};
