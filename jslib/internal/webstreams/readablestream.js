'use strict';
// ReadableStream, its default and BYOB readers and its default controller (WHATWG streams,
// "Readable streams"), with pipeTo, tee and async iteration. The byte controller lives in
// readablebytestreamcontroller.js and uses the stream-level operations exported here.

const kPull = Symbol('kPull');
const kCancel = Symbol('kCancel');
const kRelease = Symbol('kRelease');

// Function declarations are hoisted: export them before requiring the byte controller,
// which reads them back through this module while it loads.
module.exports = {
  isReadableStream,
  isReadableStreamLocked,
  isReadableStreamDisturbed,
  readableStreamAddReadRequest,
  readableStreamAddReadIntoRequest,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamFulfillReadRequest,
  readableStreamFulfillReadIntoRequest,
  readableStreamGetNumReadRequests,
  readableStreamGetNumReadIntoRequests,
  readableStreamHasDefaultReader,
  readableStreamHasBYOBReader,
  acquireReadableStreamDefaultReader,
  readableStreamDefaultReaderRead,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  setupReadableStreamDefaultController,
  createReadableStream,
  kPull,
  kCancel,
  kRelease,
};

const {
  AbortError,
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateAbortSignal, validateObject } = require('internal/validators');
const { kIsClosedPromise, kControllerErrorFunction } = require('internal/streams/utils');
const {
  kState, kType, customInspectSymbol, customInspect, createDeferred, rejectedDeferred, setPromiseHandled,
  invokePromise, methodAlgorithm, extractHighWaterMark, extractSizeAlgorithm, isBrandCheck,
  enqueueValueWithSize, dequeueValue, resetQueue, validateBufferSource, validateQueuingStrategy,
  isViewedArrayBufferDetached, rejectedState, makeEnumerable, pullIfNeeded,
} = require('internal/webstreams/util');
const writable = require('internal/webstreams/writablestream');

const kIllegal = Symbol('kIllegal');

const bytes = require('internal/webstreams/readablebytestreamcontroller');

function isReadableStream(value) {
  return isBrandCheck(value, 'ReadableStream');
}

function initReadableStreamState(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = {
    disturbed: false,
    reader: undefined,
    state: 'readable',
    storedError: undefined,
    controller: undefined,
  };
  // finished() and addAbortSignal() observe web streams through these two (streams/utils).
  stream[kIsClosedPromise] = createDeferred();
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kControllerErrorFunction] = () => {};
}

class ReadableStream {
  constructor(source = {}, strategy = {}) {
    if (source !== null && typeof source !== 'object' && typeof source !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('source', 'object', source);
    }
    validateQueuingStrategy(strategy);
    initReadableStreamState(this);
    source ??= {};
    strategy ??= {};
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 0);
      bytes.setupReadableByteStreamControllerFromSource(this, source, highWaterMark);
    } else if (type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    } else {
      const size = extractSizeAlgorithm(strategy.size);
      const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 1);
      setupReadableStreamDefaultControllerFromSource(this, source, highWaterMark, size);
    }
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(this)) return rejectedState('ReadableStream is locked');
    return readableStreamCancel(this, reason);
  }

  getReader(options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options', { nullable: true, allowFunction: true });
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const dest = transform?.writable;
    if (!writable.isWritableStream(dest)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest);
    }
    const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
    if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    if (writable.isWritableStreamLocked(dest)) throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, dest, preventClose, preventAbort, preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      if (!writable.isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
      if (isReadableStreamLocked(this)) throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      if (writable.isWritableStreamLocked(destination)) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return readableStreamTee(this);
  }

  values(options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options', { nullable: true, allowFunction: true });
    return createAsyncIterator(this, !!options?.preventCancel);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'ReadableStream', {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: this[kState].controller instanceof bytes.ReadableByteStreamController,
    });
  }
}
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  value: ReadableStream.prototype.values, writable: true, configurable: true,
});

function readPipeOptions(options) {
  validateObject(options, 'options', { nullable: true, allowFunction: true });
  const signal = options?.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return {
    preventAbort: !!options?.preventAbort,
    preventCancel: !!options?.preventCancel,
    preventClose: !!options?.preventClose,
    signal,
  };
}

// A ReadableStream whose source is given as algorithms (TransformStream and the adapters use it).
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initReadableStreamState(stream);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                       highWaterMark, sizeAlgorithm);
  return stream;
}

// --- stream-level operations --------------------------------------------------------------

// Read from or cancelled: a fetch body that was is used up.
function isReadableStreamDisturbed(stream) {
  return stream[kState].disturbed;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBrandCheck(reader, 'ReadableStreamBYOBReader')) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (const request of requests) request.close(undefined);
  }
  return state.controller[kCancel](reason).then(() => undefined);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.resolve();
  if (isBrandCheck(reader, 'ReadableStreamDefaultReader')) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  stream[kIsClosedPromise].reject(error);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].close.reject(error);
  setPromiseHandled(reader[kState].close.promise);
  if (isBrandCheck(reader, 'ReadableStreamDefaultReader')) {
    readableStreamDefaultReaderErrorReadRequests(reader, error);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, error);
  }
}

function readableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readIntoRequest);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  return isBrandCheck(stream[kState].reader, 'ReadableStreamDefaultReader');
}

function readableStreamHasBYOBReader(stream) {
  return isBrandCheck(stream[kState].reader, 'ReadableStreamBYOBReader');
}

// --- readers ------------------------------------------------------------------------------

function readableStreamReaderGenericInitialize(reader, stream) {
  const close = createDeferred();
  reader[kState].stream = stream;
  reader[kState].close = close;
  stream[kState].reader = reader;
  switch (stream[kState].state) {
    case 'readable': break;
    case 'closed': close.resolve(); break;
    default:
      close.reject(stream[kState].storedError);
      setPromiseHandled(close.promise);
  }
}

function readableStreamReaderGenericRelease(reader) {
  const stream = reader[kState].stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') {
    reader[kState].close.reject(releasedError);
  } else {
    reader[kState].close = rejectedDeferred(releasedError);
  }
  setPromiseHandled(reader[kState].close.promise);
  stream[kState].controller[kRelease]();
  stream[kState].reader = undefined;
  reader[kState].stream = undefined;
}

function readerGenericCancel(reader, reason) {
  const stream = reader[kState].stream;
  if (stream === undefined) return rejectedState('The reader is not attached to a stream');
  return readableStreamCancel(stream, reason);
}

function acquireReadableStreamDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

// A read request whose steps settle a promise of { value, done }.
function promiseReadRequest() {
  const deferred = createDeferred();
  return {
    promise: deferred.promise,
    chunk(value) { deferred.resolve({ value, done: false }); },
    close(value) { deferred.resolve({ value, done: true }); },
    error(err) { deferred.reject(err); },
  };
}

function readableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') readRequest.close();
  else if (state.state === 'errored') readRequest.error(state.storedError);
  else state.controller[kPull](readRequest);
}

function readableStreamDefaultReaderErrorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  for (const request of requests) request.error(error);
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, error) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  for (const request of requests) request.error(error);
}

function validateReaderStream(stream) {
  if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
  if (isReadableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    validateReaderStream(stream);
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, readRequests: [], close: undefined };
    readableStreamReaderGenericInitialize(this, stream);
  }

  read() {
    if (!isBrandCheck(this, 'ReadableStreamDefaultReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) return rejectedState('The reader is not attached to a stream');
    const request = promiseReadRequest();
    readableStreamDefaultReaderRead(this, request);
    return request.promise;
  }

  releaseLock() {
    if (!isBrandCheck(this, 'ReadableStreamDefaultReader')) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamReaderGenericRelease(this);
    readableStreamDefaultReaderErrorReadRequests(this, new ERR_INVALID_STATE.TypeError('Releasing reader'));
  }

  get closed() {
    if (!isBrandCheck(this, 'ReadableStreamDefaultReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isBrandCheck(this, 'ReadableStreamDefaultReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return readerGenericCancel(this, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamDefaultReader', {
      stream: this[kState].stream,
      readRequests: this[kState].readRequests.length,
      close: this[kState].close.promise,
    });
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    validateReaderStream(stream);
    if (!(stream[kState].controller instanceof bytes.ReadableByteStreamController)) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, readIntoRequests: [], close: undefined };
    readableStreamReaderGenericInitialize(this, stream);
  }

  read(view, options = {}) {
    if (!isBrandCheck(this, 'ReadableStreamBYOBReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    try {
      validateBufferSource(view, 'view');
      validateObject(options, 'options', { nullable: true, allowFunction: true });
    } catch (err) {
      return Promise.reject(err);
    }
    const min = options?.min ?? 1;
    if (view.byteLength === 0 || isViewedArrayBufferDetached(view)) {
      return rejectedState('View or Viewed ArrayBuffer is zero-length or detached');
    }
    const elementSize = view.BYTES_PER_ELEMENT ?? 1;
    const length = view instanceof DataView ? view.byteLength : view.length;
    if (typeof min !== 'number' || !Number.isInteger(min) || min <= 0 || min > length) {
      return Promise.reject(new ERR_INVALID_ARG_VALUE.RangeError('options.min', min));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return rejectedState('The reader is not attached to a stream');
    const request = promiseReadRequest();
    stream[kState].disturbed = true;
    if (stream[kState].state === 'errored') {
      request.error(stream[kState].storedError);
    } else {
      bytes.readableByteStreamControllerPullInto(stream[kState].controller, view, min * elementSize, request);
    }
    return request.promise;
  }

  releaseLock() {
    if (!isBrandCheck(this, 'ReadableStreamBYOBReader')) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamReaderGenericRelease(this);
    readableStreamBYOBReaderErrorReadIntoRequests(this, new ERR_INVALID_STATE.TypeError('Releasing reader'));
  }

  get closed() {
    if (!isBrandCheck(this, 'ReadableStreamBYOBReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return this[kState].close.promise;
  }

  cancel(reason = undefined) {
    if (!isBrandCheck(this, 'ReadableStreamBYOBReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return readerGenericCancel(this, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamBYOBReader', {
      stream: this[kState].stream,
      requestIntoRequests: this[kState].readIntoRequests.length,
      close: this[kState].close.promise,
    });
  }
}

// --- default controller -------------------------------------------------------------------

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isBrandCheck(this, 'ReadableStreamDefaultController')) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isBrandCheck(this, 'ReadableStreamDefaultController')) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isBrandCheck(this, 'ReadableStreamDefaultController')) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isBrandCheck(this, 'ReadableStreamDefaultController')) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    readableStreamDefaultControllerError(this, error);
  }

  [kCancel](reason) {
    resetQueue(this);
    const result = this[kState].cancelAlgorithm(reason);
    readableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kPull](readRequest) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queue.length) {
      const chunk = dequeueValue(this);
      if (state.closeRequested && !state.queue.length) {
        readableStreamDefaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        readableStreamDefaultControllerCallPullIfNeeded(this);
      }
      readRequest.chunk(chunk);
      return;
    }
    readableStreamAddReadRequest(stream, readRequest);
    readableStreamDefaultControllerCallPullIfNeeded(this);
  }

  [kRelease]() {}

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamDefaultController', {});
  }
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  pullIfNeeded(controller, readableStreamDefaultControllerShouldCallPull, readableStreamDefaultControllerError);
}

function readableStreamDefaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller) || !state.started) return false;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

function readableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (!state.queue.length) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamHasDefaultReader(stream) &&
      readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.sizeAlgorithm(chunk);
      enqueueValueWithSize(controller, chunk, size);
    } catch (err) {
      readableStreamDefaultControllerError(controller, err);
      throw err;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  resetQueue(controller);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  switch (state.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return state.highWaterMark - state.queueTotalSize;
  }
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

function setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                              cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kType] = 'ReadableStreamDefaultController';
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    highWaterMark,
    sizeAlgorithm,
    pullAlgorithm,
    cancelAlgorithm,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (err) => readableStreamDefaultControllerError(controller, err);
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    controller[kState].started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (err) => readableStreamDefaultControllerError(controller, err));
}

function setupReadableStreamDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kIllegal);
  const start = source?.start;
  const pullAlgorithm = methodAlgorithm(source, 'pull', 'source');
  const cancelAlgorithm = methodAlgorithm(source, 'cancel', 'source');
  const startAlgorithm = start === undefined ? () => undefined : () => Reflect.apply(start, source, [controller]);
  setupReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                       highWaterMark, sizeAlgorithm);
}

// --- ReadableStream.from, tee, async iteration --------------------------------------------

function readableStreamFromIterable(iterable) {
  let iterator;
  let next;
  const method = iterable?.[Symbol.asyncIterator] ?? iterable?.[Symbol.iterator];
  if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
  if (typeof iterable[Symbol.asyncIterator] === 'function') {
    iterator = iterable[Symbol.asyncIterator]();
    next = () => iterator.next();
  } else {
    iterator = iterable[Symbol.iterator]();
    next = async () => {
      const result = iterator.next();
      return { done: result.done, value: await result.value };
    };
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  let stream;
  const pull = () => Promise.resolve(next()).then((result) => {
    if (result === null || typeof result !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
    }
    if (result.done) readableStreamDefaultControllerClose(stream[kState].controller);
    else readableStreamDefaultControllerEnqueue(stream[kState].controller, result.value);
  });
  const cancel = (reason) => {
    const ret = iterator.return;
    if (ret == null) return Promise.resolve();
    return invokePromise(ret, iterator, reason).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(() => undefined, pull, cancel, 0);
  return stream;
}

function readableStreamTee(stream) {
  const reader = acquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelDeferred = createDeferred();

  function pull() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(value) {
        // Let the read settle before enqueueing, so errors from the branches don't race it.
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, value);
          if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, value);
          reading = false;
          if (readAgain) pull();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelDeferred.resolve();
      },
      error() { reading = false; },
    });
    return Promise.resolve();
  }

  function cancelBoth() {
    const result = readableStreamCancel(stream, [reason1, reason2]);
    result.then(cancelDeferred.resolve, cancelDeferred.reject);
  }
  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelBoth();
    return cancelDeferred.promise;
  }
  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelBoth();
    return cancelDeferred.promise;
  }

  branch1 = createReadableStream(() => undefined, pull, cancel1);
  branch2 = createReadableStream(() => undefined, pull, cancel2);
  reader[kState].close.promise.then(undefined, (err) => {
    readableStreamDefaultControllerError(branch1[kState].controller, err);
    readableStreamDefaultControllerError(branch2[kState].controller, err);
    if (!canceled1 || !canceled2) cancelDeferred.resolve();
  });
  return [branch1, branch2];
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function createAsyncIterator(stream, preventCancel) {
  const reader = new ReadableStreamDefaultReader(stream);
  let ongoing;
  let finished = false;

  function nextSteps() {
    if (finished) return Promise.resolve({ value: undefined, done: true });
    if (reader[kState].stream === undefined) {
      return rejectedState('The reader is not attached to a stream');
    }
    const deferred = createDeferred();
    readableStreamDefaultReaderRead(reader, {
      chunk(value) { deferred.resolve({ value, done: false }); },
      close() {
        finished = true;
        reader.releaseLock();
        deferred.resolve({ value: undefined, done: true });
      },
      error(err) {
        finished = true;
        reader.releaseLock();
        deferred.reject(err);
      },
    });
    return deferred.promise;
  }

  async function returnSteps(value) {
    if (finished) return { value, done: true };
    finished = true;
    if (reader[kState].stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
    }
    if (!preventCancel) {
      const result = readerGenericCancel(reader, value);
      reader.releaseLock();
      await result;
      return { value, done: true };
    }
    reader.releaseLock();
    return { value, done: true };
  }

  // Each call waits for the previous one, as the spec's ongoing promise does.
  return Object.setPrototypeOf({
    next() {
      ongoing = ongoing ? ongoing.then(nextSteps, nextSteps) : nextSteps();
      return ongoing;
    },
    return(value) {
      const steps = () => returnSteps(value);
      ongoing = ongoing ? ongoing.then(steps, steps) : steps();
      return ongoing;
    },
  }, AsyncIteratorPrototype);
}

// --- pipeTo -------------------------------------------------------------------------------

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const reader = acquireReadableStreamDefaultReader(source);
  const writer = writable.acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const deferred = createDeferred();
  let removeAbort;

  function finalize(isError, error) {
    writable.writableStreamDefaultWriterRelease(writer);
    readerRelease();
    if (removeAbort) removeAbort();
    if (isError) deferred.reject(error);
    else deferred.resolve();
  }
  function readerRelease() {
    if (reader[kState].stream === undefined) return;
    readableStreamReaderGenericRelease(reader);
    readableStreamDefaultReaderErrorReadRequests(reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
  }
  function waitForWrites() {
    const last = currentWrite;
    return last.then(() => (last !== currentWrite ? waitForWrites() : undefined), () => {});
  }
  function shutdownWithAction(action, isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => action().then(() => finalize(isError, error), (err) => finalize(true, err));
    if (dest[kState].state === 'writable' && !writable.writableStreamCloseQueuedOrInFlight(dest)) {
      waitForWrites().then(run);
    } else {
      run();
    }
  }
  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !writable.writableStreamCloseQueuedOrInFlight(dest)) {
      waitForWrites().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    const abortAlgorithm = () => {
      const error = signal.reason ?? new AbortError();
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ? writable.writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return deferred.promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
    removeAbort = () => signal.removeEventListener('abort', abortAlgorithm);
  }

  // Error and close propagation, forward and backward (spec "ReadableStreamPipeTo" 3.x).
  function onSourceErrored(error) {
    if (!preventAbort) shutdownWithAction(() => writable.writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  }
  function onDestErrored(error) {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }
  function onSourceClosed() {
    if (!preventClose) {
      shutdownWithAction(() => writable.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  }
  function checkState() {
    if (source[kState].state === 'errored') onSourceErrored(source[kState].storedError);
    else if (dest[kState].state === 'errored') onDestErrored(dest[kState].storedError);
    else if (source[kState].state === 'closed') onSourceClosed();
    else if (writable.writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
      const error = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
      if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, error), true, error);
      else shutdown(true, error);
    } else {
      return false;
    }
    return true;
  }
  reader[kState].close.promise.then(() => { if (!shuttingDown) checkState(); }, (err) => onSourceErrored(err));
  writer[kState].close.promise.then(undefined, (err) => onDestErrored(err));

  function step() {
    if (shuttingDown || checkState()) return;
    writer[kState].ready.promise.then(() => {
      if (shuttingDown) return;
      readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = writable.writableStreamDefaultWriterWrite(writer, chunk);
          setPromiseHandled(currentWrite);
          queueMicrotask(step);
        },
        close() { if (!shuttingDown) checkState(); },
        error() {},
      });
    }, () => {});
  }
  queueMicrotask(step);
  return deferred.promise;
}

for (const [cls, names] of [
  [ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']],
  [ReadableStreamDefaultReader, ['read', 'releaseLock', 'closed', 'cancel']],
  [ReadableStreamBYOBReader, ['read', 'releaseLock', 'closed', 'cancel']],
  [ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']],
]) {
  makeEnumerable(cls, names);
}

Object.assign(module.exports, {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamDefaultController,
  readableStreamReaderGenericRelease,
  readableStreamDefaultReaderErrorReadRequests,
});
