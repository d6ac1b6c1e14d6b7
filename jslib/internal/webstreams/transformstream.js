'use strict';
// TransformStream and its default controller (WHATWG streams, "Transform streams"): a writable
// side whose sink feeds a transformer that enqueues into the readable side.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  kState, kType, customInspectSymbol, customInspect, createDeferred, methodAlgorithm, extractHighWaterMark,
  extractSizeAlgorithm, isBrandCheck, validateQueuingStrategy, makeEnumerable,
} = require('internal/webstreams/util');
const readable = require('internal/webstreams/readablestream');
const writable = require('internal/webstreams/writablestream');

const kIllegal = Symbol('kIllegal');

function isTransformStream(value) {
  return isBrandCheck(value, 'TransformStream');
}

class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    validateQueuingStrategy(writableStrategy);
    validateQueuingStrategy(readableStrategy);
    transformer ??= {};
    writableStrategy ??= {};
    readableStrategy ??= {};
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformer.writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy.size);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy.size);
    const startPromise = createDeferred();
    initializeTransformStream(this, startPromise, writableHighWaterMark, writableSize,
                              readableHighWaterMark, readableSize);
    const controller = new TransformStreamDefaultController(kIllegal);
    const transform = transformer.transform;
    const transformAlgorithm = transform === undefined ?
      (chunk) => {
        try {
          transformStreamDefaultControllerEnqueue(controller, chunk);
          return Promise.resolve();
        } catch (err) {
          return Promise.reject(err);
        }
      } :
      withController(methodAlgorithm(transformer, 'transform', 'transformer'), controller);
    const flush = methodAlgorithm(transformer, 'flush', 'transformer');
    setupTransformStreamDefaultController(this, controller, transformAlgorithm, () => flush(controller),
                                          methodAlgorithm(transformer, 'cancel', 'transformer'));
    if (transformer.start !== undefined) {
      startPromise.resolve(Reflect.apply(transformer.start, transformer, [controller]));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'TransformStream', {
      readable: this[kState].readable,
      writable: this[kState].writable,
      backpressure: this[kState].backpressure,
    });
  }
}

// The transformer's transform(chunk, controller).
function withController(algorithm, controller) {
  return (chunk) => algorithm(chunk, controller);
}

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSize,
                                   readableHighWaterMark, readableSize) {
  stream[kType] = 'TransformStream';
  const start = () => startPromise.promise;
  stream[kState] = {
    readable: readable.createReadableStream(start, () => sourcePull(stream), (reason) => sourceCancel(stream, reason),
                                            readableHighWaterMark, readableSize),
    writable: writable.createWritableStream(start, (chunk) => sinkWrite(stream, chunk), () => sinkClose(stream),
                                            (reason) => sinkAbort(stream, reason), writableHighWaterMark, writableSize),
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  setBackpressure(stream, true);
}

function readableController(stream) {
  return stream[kState].readable[kState].controller;
}

function writableController(stream) {
  return stream[kState].writable[kState].controller;
}

function transformStreamError(stream, error) {
  readable.readableStreamDefaultControllerError(readableController(stream), error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream[kState].controller);
  writable.writableStreamDefaultControllerErrorIfNeeded(writableController(stream), error);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = createDeferred();
  state.backpressure = backpressure;
}

// --- controller ---------------------------------------------------------------------------

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isBrandCheck(this, 'TransformStreamDefaultController')) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    return readable.readableStreamDefaultControllerGetDesiredSize(readableController(this[kState].stream));
  }

  enqueue(chunk = undefined) {
    if (!isBrandCheck(this, 'TransformStreamDefaultController')) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isBrandCheck(this, 'TransformStreamDefaultController')) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isBrandCheck(this, 'TransformStreamDefaultController')) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    const stream = this[kState].stream;
    readable.readableStreamDefaultControllerClose(readableController(stream));
    errorWritableAndUnblockWrite(stream, new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'TransformStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

function setupTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm,
                                               cancelAlgorithm) {
  controller[kType] = 'TransformStreamDefaultController';
  controller[kState] = { stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm, finishPromise: undefined };
  stream[kState].controller = controller;
}

function clearAlgorithms(controller) {
  controller[kState].transformAlgorithm = undefined;
  controller[kState].flushAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const rController = readableController(stream);
  if (!readable.readableStreamDefaultControllerCanCloseOrEnqueue(rController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readable.readableStreamDefaultControllerEnqueue(rController, chunk);
  } catch (err) {
    errorWritableAndUnblockWrite(stream, err);
    throw stream[kState].readable[kState].storedError;
  }
  if (readable.readableStreamDefaultControllerHasBackpressure(rController) !== stream[kState].backpressure) {
    setBackpressure(stream, true);
  }
}

function performTransform(controller, chunk) {
  return controller[kState].transformAlgorithm(chunk).then(undefined, (err) => {
    transformStreamError(controller[kState].stream, err);
    throw err;
  });
}

// --- the algorithms of the two sides ------------------------------------------------------

function sinkWrite(stream, chunk) {
  const controller = stream[kState].controller;
  if (!stream[kState].backpressure) return performTransform(controller, chunk);
  return stream[kState].backpressureChange.promise.then(() => {
    const w = stream[kState].writable[kState];
    if (w.state === 'erroring') throw w.storedError;
    return performTransform(controller, chunk);
  });
}

// Runs the transformer's cancel or flush once, whichever side finishes first (the spec's
// finishPromise); `settle` decides what the other side sees.
function finishOnce(stream, run, settle) {
  const controller = stream[kState].controller;
  if (controller[kState].finishPromise !== undefined) return controller[kState].finishPromise.promise;
  const finish = createDeferred();
  controller[kState].finishPromise = finish;
  const promise = run(controller);
  clearAlgorithms(controller);
  promise.then(() => settle(finish, undefined, false), (err) => settle(finish, err, true));
  return finish.promise;
}

function sinkAbort(stream, reason) {
  return finishOnce(stream, (c) => c[kState].cancelAlgorithm(reason), (finish, err, failed) => {
    const r = stream[kState].readable[kState];
    if (failed) {
      readable.readableStreamDefaultControllerError(r.controller, err);
      finish.reject(err);
    } else if (r.state === 'errored') {
      finish.reject(r.storedError);
    } else {
      readable.readableStreamDefaultControllerError(r.controller, reason);
      finish.resolve();
    }
  });
}

function sinkClose(stream) {
  return finishOnce(stream, (c) => c[kState].flushAlgorithm(), (finish, err, failed) => {
    const r = stream[kState].readable[kState];
    if (failed) {
      readable.readableStreamDefaultControllerError(r.controller, err);
      finish.reject(err);
    } else if (r.state === 'errored') {
      finish.reject(r.storedError);
    } else {
      readable.readableStreamDefaultControllerClose(r.controller);
      finish.resolve();
    }
  });
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  return finishOnce(stream, (c) => c[kState].cancelAlgorithm(reason), (finish, err, failed) => {
    const w = stream[kState].writable[kState];
    if (!failed && w.state === 'errored') {
      finish.reject(w.storedError);
      return;
    }
    writable.writableStreamDefaultControllerErrorIfNeeded(w.controller, failed ? err : reason);
    unblockWrite(stream);
    if (failed) finish.reject(err);
    else finish.resolve();
  });
}

makeEnumerable(TransformStream, ['readable', 'writable']);
makeEnumerable(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
