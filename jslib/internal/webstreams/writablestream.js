'use strict';
// WritableStream, its default writer and controller (WHATWG streams, "Writable streams").

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS },
} = require('internal/errors');
const { kIsClosedPromise, kControllerErrorFunction } = require('internal/streams/utils');
const {
  kState, kType, customInspectSymbol, customInspect, createDeferred, rejectedDeferred, setPromiseHandled,
  methodAlgorithm, extractHighWaterMark, extractSizeAlgorithm, isBrandCheck, enqueueValueWithSize,
  dequeueValue, peekQueueValue, resetQueue, validateQueuingStrategy, rejectedState, makeEnumerable,
} = require('internal/webstreams/util');

const kAbort = Symbol('kAbort');
const kError = Symbol('kError');
const kCloseSentinel = Symbol('kCloseSentinel');
const kIllegal = Symbol('kIllegal');

function isWritableStream(value) {
  return isBrandCheck(value, 'WritableStream');
}

function initWritableStreamState(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  stream[kIsClosedPromise] = createDeferred();
  setPromiseHandled(stream[kIsClosedPromise].promise);
  stream[kControllerErrorFunction] = () => {};
}

class WritableStream {
  constructor(sink = {}, strategy = {}) {
    if (sink !== null && typeof sink !== 'object' && typeof sink !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sink', 'object', sink);
    }
    validateQueuingStrategy(strategy);
    sink ??= {};
    strategy ??= {};
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    initWritableStreamState(this);
    const size = extractSizeAlgorithm(strategy.size);
    const highWaterMark = extractHighWaterMark(strategy.highWaterMark, 1);
    setupWritableStreamDefaultControllerFromSink(this, sink, highWaterMark, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return rejectedState('WritableStream is locked');
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return rejectedState('WritableStream is locked');
    if (writableStreamCloseQueuedOrInFlight(this)) return rejectedState('Failure to close WritableStream');
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'WritableStream', {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

// A WritableStream whose sink is given as algorithms (TransformStream and the adapters use it).
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initWritableStreamState(stream);
  const controller = new WritableStreamDefaultController(kIllegal);
  setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                                       abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

// --- stream-level operations --------------------------------------------------------------

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  state.controller[kState].abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.deferred.promise;
  const wasAlreadyErroring = state.state === 'erroring';
  const deferred = createDeferred();
  state.pendingAbortRequest = { deferred, reason: wasAlreadyErroring ? undefined : reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return deferred.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return rejectedState('WritableStream is closed');
  }
  const deferred = createDeferred();
  state.closeRequest = deferred;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') writer[kState].ready.resolve();
  enqueueValueWithSize(state.controller, kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(state.controller);
  return deferred.promise;
}

function writableStreamAddWriteRequest(stream) {
  const deferred = createDeferred();
  stream[kState].writeRequests.push(deferred);
  return deferred.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') writableStreamStartErroring(stream, error);
  else writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const state = stream[kState];
  state.state = 'erroring';
  state.storedError = reason;
  if (state.writer !== undefined) writerEnsureReadyPromiseRejected(state.writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && state.controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  state.controller[kError]();
  const storedError = state.storedError;
  const requests = state.writeRequests;
  state.writeRequests = [];
  for (const request of requests) request.reject(storedError);
  const abortRequest = state.pendingAbortRequest;
  if (abortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.deferred.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  state.controller[kAbort](abortRequest.reason).then(() => {
    abortRequest.deferred.resolve();
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.deferred.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  stream[kState].inFlightWriteRequest.resolve();
  stream[kState].inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream[kState].inFlightWriteRequest.reject(error);
  stream[kState].inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.deferred.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  if (state.writer !== undefined) state.writer[kState].close.resolve();
  stream[kIsClosedPromise].resolve();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.deferred.reject(error);
    state.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  return stream[kState].closeRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  return stream[kState].inFlightWriteRequest !== undefined || stream[kState].inFlightCloseRequest !== undefined;
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  stream[kIsClosedPromise].reject(state.storedError);
  if (state.writer !== undefined) {
    state.writer[kState].close.reject(state.storedError);
    setPromiseHandled(state.writer[kState].close.promise);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) writer[kState].ready = createDeferred();
    else writer[kState].ready.resolve();
  }
  state.backpressure = backpressure;
}

// --- writer -------------------------------------------------------------------------------

function acquireWritableStreamDefaultWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function isWriter(value) {
  return isBrandCheck(value, 'WritableStreamDefaultWriter');
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    if (isWritableStreamLocked(stream)) throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
    this[kType] = 'WritableStreamDefaultWriter';
    const streamState = stream[kState];
    let ready;
    let close;
    switch (streamState.state) {
      case 'writable':
        ready = !writableStreamCloseQueuedOrInFlight(stream) && streamState.backpressure ?
          createDeferred() : resolvedDeferred();
        close = createDeferred();
        break;
      case 'erroring':
        ready = rejectedDeferred(streamState.storedError);
        close = createDeferred();
        break;
      case 'closed':
        ready = resolvedDeferred();
        close = resolvedDeferred();
        break;
      default:
        ready = rejectedDeferred(streamState.storedError);
        close = rejectedDeferred(streamState.storedError);
    }
    this[kState] = { stream, ready, close };
    streamState.writer = this;
  }

  get closed() {
    if (!isWriter(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].close.promise;
  }

  get desiredSize() {
    if (!isWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    }
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWriter(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return rejectedState('Writer is not bound to a WritableStream');
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWriter(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const stream = this[kState].stream;
    if (stream === undefined) return rejectedState('Writer is not bound to a WritableStream');
    if (writableStreamCloseQueuedOrInFlight(stream)) return rejectedState('Failure to close WritableStream');
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) return rejectedState('Writer is not bound to a WritableStream');
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'WritableStreamDefaultWriter', {
      stream: this[kState].stream,
      close: this[kState].close.promise,
      ready: this[kState].ready.promise,
      desiredSize: this[kState].stream === undefined ? undefined : writerGetDesiredSize(this),
    });
  }
}

function resolvedDeferred() {
  const deferred = createDeferred();
  deferred.resolve();
  return deferred;
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  switch (stream[kState].state) {
    case 'errored':
    case 'erroring':
      return null;
    case 'closed':
      return 0;
    default:
      return writableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
  }
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const state = writer[kState];
  if (!state.ready.settled) {
    state.ready.reject(error);
    setPromiseHandled(state.ready.promise);
  } else {
    state.ready = rejectedDeferred(error);
  }
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const state = writer[kState];
  if (!state.close.settled) {
    state.close.reject(error);
    setPromiseHandled(state.close.promise);
  } else {
    state.close = rejectedDeferred(error);
  }
}

function writableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) return rejectedState('Writer has been released');
  const state = stream[kState];
  if (state.state === 'errored') return Promise.reject(state.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state.state === 'closed') {
    return rejectedState('WritableStream is closed');
  }
  if (state.state === 'erroring') return Promise.reject(state.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  return writableStreamClose(stream);
}

// --- controller ---------------------------------------------------------------------------

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    if (!isBrandCheck(this, 'WritableStreamDefaultController')) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isBrandCheck(this, 'WritableStreamDefaultController')) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [kAbort](reason) {
    const result = this[kState].abortAlgorithm(reason);
    writableStreamDefaultControllerClearAlgorithms(this);
    return result;
  }

  [kError]() {
    resetQueue(this);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'WritableStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

function setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                              closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  controller[kType] = 'WritableStreamDefaultController';
  controller[kState] = {
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    highWaterMark,
    sizeAlgorithm,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
    abortController: new AbortController(),
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (err) => {
    if (stream[kState].state === 'writable') writableStreamDefaultControllerError(controller, err);
  };
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  Promise.resolve(startAlgorithm()).then(() => {
    controller[kState].started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (err) => {
    controller[kState].started = true;
    writableStreamDealWithRejection(stream, err);
  });
}

function setupWritableStreamDefaultControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kIllegal);
  const start = sink?.start;
  const writeAlgorithm = methodAlgorithm(sink, 'write', 'sink');
  const closeAlgorithm = methodAlgorithm(sink, 'close', 'sink');
  const abortAlgorithm = methodAlgorithm(sink, 'abort', 'sink');
  const startAlgorithm = start === undefined ? () => undefined : () => Reflect.apply(start, sink, [controller]);
  setupWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                                       abortAlgorithm, highWaterMark, sizeAlgorithm);
}

function writableStreamDefaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  try {
    return controller[kState].sizeAlgorithm(chunk);
  } catch (err) {
    writableStreamDefaultControllerErrorIfNeeded(controller, err);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  return controller[kState].highWaterMark - controller[kState].queueTotalSize;
}

function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (err) {
    writableStreamDefaultControllerErrorIfNeeded(controller, err);
    return;
  }
  const stream = controller[kState].stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started || stream[kState].inFlightWriteRequest !== undefined) return;
  const streamState = stream[kState].state;
  if (streamState === 'closed' || streamState === 'errored') return;
  if (streamState === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (!state.queue.length) return;
  const value = peekQueueValue(controller);
  if (value === kCloseSentinel) writableStreamDefaultControllerProcessClose(controller);
  else writableStreamDefaultControllerProcessWrite(controller, value);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') writableStreamDefaultControllerError(controller, error);
}

function writableStreamDefaultControllerProcessClose(controller) {
  const stream = controller[kState].stream;
  stream[kState].inFlightCloseRequest = stream[kState].closeRequest;
  stream[kState].closeRequest = undefined;
  dequeueValue(controller);
  const sinkClosePromise = controller[kState].closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  sinkClosePromise.then(() => writableStreamFinishInFlightClose(stream),
                        (err) => writableStreamFinishInFlightCloseWithError(stream, err));
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const stream = controller[kState].stream;
  stream[kState].inFlightWriteRequest = stream[kState].writeRequests.shift();
  controller[kState].writeAlgorithm(chunk, controller).then(() => {
    writableStreamFinishInFlightWrite(stream);
    const streamState = stream[kState].state;
    dequeueValue(controller);
    if (!writableStreamCloseQueuedOrInFlight(stream) && streamState === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (err) => {
    if (stream[kState].state === 'writable') writableStreamDefaultControllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, err);
  });
}

function writableStreamDefaultControllerError(controller, error) {
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(controller[kState].stream, error);
}

makeEnumerable(WritableStream, ['locked', 'abort', 'close', 'getWriter']);
makeEnumerable(WritableStreamDefaultWriter, ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);
makeEnumerable(WritableStreamDefaultController, ['signal', 'error']);

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamLocked,
  createWritableStream,
  acquireWritableStreamDefaultWriter,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultControllerError,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDealWithRejection,
  writableStreamStartErroring,
  writableStreamFinishErroring,
  writableStreamUpdateBackpressure,
  writableStreamHasOperationMarkedInFlight,
};
