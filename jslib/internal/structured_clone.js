'use strict';
// structuredClone (HTML structured clone, as V8's serializer does it): primitives, plain
// objects (own enumerable string keys, prototype dropped), arrays with holes, Date, RegExp,
// Map, Set, ArrayBuffer and views (sharing cloned buffers), Error types, boxed primitives,
// Blob, cycles; `transfer` detaches ArrayBuffers. Functions, symbols and host objects throw
// DataCloneError.

const {
  codes: { ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE, ERR_INVALID_TRANSFER_OBJECT },
} = require('internal/errors');
const types = require('internal/util/types');

let DOMExceptionCtor;
function dataCloneError(message) {
  DOMExceptionCtor ??= require('internal/dom_exception').DOMException;
  return new DOMExceptionCtor(message, 'DataCloneError');
}

// Node raises these from C++ with its own wording; keep the code, use that wording.
function withMessage(err, message) {
  const old = err.message;
  err.message = message;
  if (typeof err.stack === 'string') err.stack = err.stack.replace(old, message);
  return err;
}

const objectToString = Object.prototype.toString;
const errorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'TypeError', 'URIError']);
const errorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
const typedArrayCtors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};

function describe(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  const tag = objectToString.call(value).slice(8, -1);
  return `#<${tag}>`;
}

function notCloneable(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

function lazyBlob() {
  try {
    return require('buffer').Blob;
  } catch {
    return undefined;
  }
}

function cloneValue(value, memory, transferred) {
  if (value === null) return null;
  const type = typeof value;
  if (type === 'function' || type === 'symbol') throw notCloneable(value);
  if (type !== 'object') return value;
  if (memory.has(value)) return memory.get(value);

  if (types.isProxy(value)) throw dataCloneError('#<Object> could not be cloned.');

  if (types.isBoxedPrimitive(value)) {
    if (types.isSymbolObject(value)) throw notCloneable(value);
    const copy = Object(value.valueOf());
    memory.set(value, copy);
    return copy;
  }
  if (types.isDate(value)) {
    const copy = new Date(value.getTime());
    memory.set(value, copy);
    return copy;
  }
  if (types.isRegExp(value)) {
    const copy = new RegExp(value.source, value.flags);
    memory.set(value, copy);
    return copy;
  }
  if (types.isArrayBuffer(value)) {
    if (transferred.has(value)) return transferred.get(value);
    const copy = value.slice(0);
    memory.set(value, copy);
    return copy;
  }
  if (types.isSharedArrayBuffer(value)) {
    memory.set(value, value); // shared memory is shared, not copied
    return value;
  }
  if (types.isArrayBufferView(value)) {
    const buffer = cloneValue(value.buffer, memory, transferred);
    let copy;
    if (types.isDataView(value)) {
      copy = new DataView(buffer, value.byteOffset, value.byteLength);
    } else {
      const Ctor = typedArrayCtors[objectToString.call(value).slice(8, -1)];
      copy = new Ctor(buffer, value.byteOffset, value.length);
    }
    memory.set(value, copy);
    return copy;
  }
  if (types.isMap(value)) {
    const copy = new Map();
    memory.set(value, copy);
    // Entries are snapshotted first, as the spec does, so getters cannot grow the walk.
    for (const [k, v] of Array.from(value)) {
      copy.set(cloneValue(k, memory, transferred), cloneValue(v, memory, transferred));
    }
    return copy;
  }
  if (types.isSet(value)) {
    const copy = new Set();
    memory.set(value, copy);
    for (const v of Array.from(value)) copy.add(cloneValue(v, memory, transferred));
    return copy;
  }
  // A DOMException is no native error to V8: node 20 clones it as a plain object.
  DOMExceptionCtor ??= require('internal/dom_exception').DOMException;
  if (types.isNativeError(value) && !(value instanceof DOMExceptionCtor)) {
    return cloneError(value, memory, transferred);
  }
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    memory.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = cloneValue(value[key], memory, transferred);
    return copy;
  }
  const Blob = lazyBlob();
  if (Blob !== undefined && value instanceof Blob) {
    const copy = new Blob([value], { type: value.type });
    memory.set(value, copy);
    return copy;
  }
  if (types.isWeakMap(value) || types.isWeakSet(value) || types.isPromise(value) ||
      types.isGeneratorObject(value) || types.isMapIterator(value) || types.isSetIterator(value) ||
      types.isModuleNamespaceObject(value) || types.isExternal(value) || isWeakRef(value)) {
    throw notCloneable(value);
  }
  const copy = {};
  memory.set(value, copy);
  for (const key of Object.keys(value)) {
    if (!Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    copy[key] = cloneValue(value[key], memory, transferred);
  }
  return copy;
}

function isWeakRef(value) {
  return typeof WeakRef === 'function' && objectToString.call(value) === '[object WeakRef]';
}

function cloneError(value, memory, transferred) {
  let name = 'Error';
  const own = value.name;
  if (typeof own === 'string' && errorNames.has(own)) name = own;
  const copy = Object.create(errorCtors[name].prototype);
  memory.set(value, copy);
  if (typeof value.stack === 'string') {
    Object.defineProperty(copy, 'stack', {
      value: value.stack, writable: true, enumerable: false, configurable: true,
    });
  }
  const message = Object.getOwnPropertyDescriptor(value, 'message');
  if (message !== undefined && 'value' in message) {
    Object.defineProperty(copy, 'message', {
      value: `${message.value}`, writable: true, enumerable: false, configurable: true,
    });
  }
  if (Object.prototype.hasOwnProperty.call(value, 'cause')) {
    Object.defineProperty(copy, 'cause', {
      value: cloneValue(value.cause, memory, transferred), writable: true, enumerable: false,
      configurable: true,
    });
  }
  return copy;
}

// Transfer hooks for other transferables (MessagePort) register here.
const transferHandlers = [];

/** structuredClone(value[, { transfer }]) */
function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    throw withMessage(new ERR_MISSING_ARGS('value'), 'The value argument must be specified');
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw withMessage(new ERR_INVALID_ARG_TYPE('options', 'object', options),
      'The options argument must be either an object or undefined');
  }
  const transfer = options?.transfer;
  const transferList = [];
  if (transfer !== undefined) {
    if (transfer === null || typeof transfer[Symbol.iterator] !== 'function') {
      throw withMessage(new ERR_INVALID_ARG_TYPE('transfer', 'Iterable', transfer),
        'Optional transferList argument must be an iterable');
    }
    for (const item of transfer) transferList.push(item);
  }
  const memory = new Map();
  const transferred = new Map();
  const buffers = [];
  for (const item of transferList) {
    if (types.isArrayBuffer(item)) {
      if (transferred.has(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      if (item.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
      transferred.set(item, null);
      buffers.push(item);
      continue;
    }
    const handler = transferHandlers.find((h) => h.test(item));
    if (handler === undefined) {
      throw new ERR_INVALID_TRANSFER_OBJECT();
    }
    if (memory.has(item)) throw dataCloneError('Transfer list contains duplicate MessagePort');
    memory.set(item, handler.transfer(item));
  }
  return cloneWithTransfers(value, memory, transferred, buffers);
}

function cloneWithTransfers(value, memory, transferred, buffers) {
  // Transferred buffers move: the clone gets the bytes, the original is detached (after the
  // walk, since views over it still need their offsets).
  const moved = new Map();
  for (const ab of buffers) moved.set(ab, ab.slice(0));
  for (const [ab, copy] of moved) transferred.set(ab, copy);
  const result = cloneValue(value, memory, transferred);
  for (const ab of buffers) {
    if (typeof ab.transfer === 'function') ab.transfer(0);
  }
  return result;
}

module.exports = { structuredClone, transferHandlers, dataCloneError };
