'use strict';
// Iterator-helper style methods on Readable.prototype: map/filter/flatMap/drop/take/
// asIndexedPairs return streams; forEach/toArray/some/every/find/reduce return promises.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject } = require('internal/validators');
const { finished } = require('internal/streams/end-of-stream');
const { isWritableNodeStream } = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');
let staticCompose;
let addAbortSignalNoValidate;

function validateFn(fn, name) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], fn);
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

// A signal that aborts with options.signal and when the consumer stops early.
function linkedController(options) {
  const ac = new AbortController();
  const outer = options?.signal;
  let remove = () => {};
  if (outer) {
    const onAbort = () => ac.abort(outer.reason);
    if (outer.aborted) onAbort();
    else {
      outer.addEventListener('abort', onAbort, { once: true });
      remove = () => outer.removeEventListener('abort', onAbort);
    }
  }
  return { ac, signal: ac.signal, remove };
}

function map(fn, options) {
  validateFn(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  const stream = this;
  return async function* mapped() {
    const { ac, signal, remove } = linkedController(options);
    const inFlight = [];
    const iterator = stream[Symbol.asyncIterator]();
    try {
      let done = false;
      while (!done || inFlight.length > 0) {
        // Start up to `concurrency` calls ahead, keep results in input order.
        while (!done && inFlight.length < concurrency) {
          if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
          const next = await iterator.next();
          if (next.done) {
            done = true;
            break;
          }
          let p;
          try {
            p = Promise.resolve(fn(next.value, { signal }));
          } catch (err) {
            p = Promise.reject(err);
          }
          p.catch(() => {});
          inFlight.push(p);
        }
        if (inFlight.length === 0) break;
        const value = await inFlight.shift();
        if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
        if (value === kEmpty) continue;
        yield value;
      }
    } finally {
      remove();
      ac.abort();
      if (typeof iterator.return === 'function') await iterator.return();
    }
  }();
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  const stream = this;
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const val of stream) {
      if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
      yield [index++, val];
    }
  }();
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  validateFn(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  validateFn(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  validateFn(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFn(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await finished(this.destroy(err));
    throw err;
  }
  const { ac, signal, remove } = linkedController(options);
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    remove();
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }();
}

function toIntegerOrInfinity(num) {
  num = Number(num);
  if (Number.isNaN(num)) return 0;
  if (num < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', num);
  return num;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of stream) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }();
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    if (number <= 0) return;
    for await (const val of stream) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling another item.
      if (number <= 0) return;
    }
  }();
}

function compose(stream, options) {
  validateOptions(options);
  staticCompose ??= require('internal/streams/compose');
  addAbortSignalNoValidate ??= require('internal/streams/add-abort-signal').addAbortSignalNoValidate;
  if (isWritableNodeStream(stream) === false && typeof stream !== 'function' && stream?.writable === undefined) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composedStream = staticCompose(this, stream);
  if (options?.signal) addAbortSignalNoValidate(options.signal, composedStream);
  return composedStream;
}


module.exports.streamReturningOperators = { asIndexedPairs, drop, filter, flatMap, map, take, compose };
module.exports.promiseReturningOperators = { every, forEach, reduce, toArray, some, find };
