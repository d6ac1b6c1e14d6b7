'use strict';
// ReadableByteStreamController and ReadableStreamBYOBRequest (WHATWG streams, "Readable byte
// stream controllers"): a queue of byte ranges and pending pull-into descriptors that BYOB
// reads (and auto-allocated default reads) fill.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');
const {
  kState, kType, customInspectSymbol, customInspect, methodAlgorithm, isBrandCheck, resetQueue,
  transferArrayBuffer, copyDataBlockBytes, validateBufferSource, isViewedArrayBufferDetached, makeEnumerable,
  pullIfNeeded,
} = require('internal/webstreams/util');
const { kControllerErrorFunction } = require('internal/streams/utils');
// Loaded while readablestream.js loads: its functions are already exported, its classes are not.
const rs = require('internal/webstreams/readablestream');

const kIllegal = Symbol('kIllegal');

function isController(value) {
  return isBrandCheck(value, 'ReadableByteStreamController');
}

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    if (!isBrandCheck(this, 'ReadableStreamBYOBRequest')) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBrandCheck(this, 'ReadableStreamBYOBRequest')) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { view, controller } = this[kState];
    if (controller === undefined) throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    validateNumber(bytesWritten, 'bytesWritten');
    if (bytesWritten < 0 || !Number.isInteger(bytesWritten)) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    if (isViewedArrayBufferDetached(view)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isBrandCheck(this, 'ReadableStreamBYOBRequest')) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    validateBufferSource(view, 'view');
    if (view.buffer.byteLength === 0) throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamBYOBRequest', {
      view: this[kState].view,
      controller: this[kState].controller,
    });
  }
}

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    if (!isController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const state = this[kState];
    if (state.byobRequest === null && state.pendingPullIntos.length) {
      const first = state.pendingPullIntos[0];
      const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                  first.byteLength - first.bytesFilled);
      const request = new ReadableStreamBYOBRequest(kIllegal);
      request[kType] = 'ReadableStreamBYOBRequest';
      request[kState] = { controller: this, view };
      state.byobRequest = request;
    }
    return state.byobRequest;
  }

  get desiredSize() {
    if (!isController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return getDesiredSize(this);
  }

  close() {
    if (!isController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (this[kState].closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    const streamState = this[kState].stream[kState].state;
    if (streamState !== 'readable') throw new ERR_INVALID_STATE.TypeError(`ReadableStream is already ${streamState}`);
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    validateBufferSource(chunk, 'buffer');
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    if (this[kState].closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    const streamState = this[kState].stream[kState].state;
    if (streamState !== 'readable') throw new ERR_INVALID_STATE.TypeError(`ReadableStream is already ${streamState}`);
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    readableByteStreamControllerError(this, error);
  }

  [rs.kCancel](reason) {
    clearPendingPullIntos(this);
    resetQueue(this);
    const result = this[kState].cancelAlgorithm(reason);
    clearAlgorithms(this);
    return result;
  }

  [rs.kPull](readRequest) {
    const state = this[kState];
    if (state.queueTotalSize > 0) {
      fillReadRequestFromQueue(this, readRequest);
      return;
    }
    const size = state.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (err) {
        readRequest.error(err);
        return;
      }
      state.pendingPullIntos.push({
        buffer, bufferByteLength: size, byteOffset: 0, byteLength: size, bytesFilled: 0,
        minimumFill: 1, elementSize: 1, viewConstructor: Uint8Array, readerType: 'default',
      });
    }
    rs.readableStreamAddReadRequest(state.stream, readRequest);
    callPullIfNeeded(this);
  }

  [rs.kRelease]() {
    const state = this[kState];
    if (state.pendingPullIntos.length) {
      const first = state.pendingPullIntos[0];
      first.readerType = 'none';
      state.pendingPullIntos = [first];
    }
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, depth, options, 'ReadableByteStreamController', {});
  }
}

function getDesiredSize(controller) {
  const state = controller[kState];
  switch (state.stream[kState].state) {
    case 'errored': return null;
    case 'closed': return 0;
    default: return state.highWaterMark - state.queueTotalSize;
  }
}

function clearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function invalidateBYOBRequest(controller) {
  const request = controller[kState].byobRequest;
  if (request === null) return;
  request[kState].controller = undefined;
  request[kState].view = null;
  controller[kState].byobRequest = null;
}

function clearPendingPullIntos(controller) {
  invalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function shouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable' || state.closeRequested || !state.started) return false;
  if (rs.readableStreamHasDefaultReader(stream) && rs.readableStreamGetNumReadRequests(stream) > 0) return true;
  if (rs.readableStreamHasBYOBReader(stream) && rs.readableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return getDesiredSize(controller) > 0;
}

function callPullIfNeeded(controller) {
  pullIfNeeded(controller, shouldCallPull, readableByteStreamControllerError);
}

function readableByteStreamControllerError(controller, error) {
  const stream = controller[kState].stream;
  if (stream[kState].state !== 'readable') return;
  clearPendingPullIntos(controller);
  resetQueue(controller);
  clearAlgorithms(controller);
  rs.readableStreamError(stream, error);
}

function readableByteStreamControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  clearAlgorithms(controller);
  rs.readableStreamClose(stream);
}

function enqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller[kState].queue.push({ buffer, byteOffset, byteLength });
  controller[kState].queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (err) {
    readableByteStreamControllerError(controller, err);
    throw err;
  }
  enqueueChunkToQueue(controller, clone, 0, byteLength);
}

function enqueueDetachedPullIntoToQueue(controller, desc) {
  if (desc.bytesFilled > 0) enqueueClonedChunkToQueue(controller, desc.buffer, desc.byteOffset, desc.bytesFilled);
  controller[kState].pendingPullIntos.shift();
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  const { byteOffset, byteLength } = chunk;
  const transferredBuffer = transferArrayBuffer(chunk.buffer);
  if (state.pendingPullIntos.length) {
    const first = state.pendingPullIntos[0];
    if (first.buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE.TypeError('Destination ArrayBuffer is detached');
    }
    invalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(controller, first);
  }
  if (rs.readableStreamHasDefaultReader(stream)) {
    processReadRequestsUsingQueue(controller);
    if (rs.readableStreamGetNumReadRequests(stream) === 0) {
      enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length) state.pendingPullIntos.shift();
      rs.readableStreamFulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (rs.readableStreamHasBYOBReader(stream)) {
    enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    for (const desc of processPullIntoDescriptorsUsingQueue(controller)) commitPullIntoDescriptor(stream, desc);
  } else {
    enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  callPullIfNeeded(controller);
}

function handleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    clearAlgorithms(controller);
    rs.readableStreamClose(state.stream);
  } else {
    callPullIfNeeded(controller);
  }
}

function fillReadRequestFromQueue(controller, readRequest) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  handleQueueDrain(controller);
  readRequest.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function processReadRequestsUsingQueue(controller) {
  const stream = controller[kState].stream;
  const reader = stream[kState].reader;
  while (reader[kState].readRequests.length) {
    if (controller[kState].queueTotalSize === 0) return;
    fillReadRequestFromQueue(controller, reader[kState].readRequests.shift());
  }
}

function processPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filled = [];
  while (state.pendingPullIntos.length) {
    if (state.queueTotalSize === 0) break;
    const desc = state.pendingPullIntos[0];
    if (fillPullIntoDescriptorFromQueue(controller, desc)) {
      state.pendingPullIntos.shift();
      filled.push(desc);
    }
  }
  return filled;
}

// Copies what the queue holds into the descriptor; true once it reached its minimum fill.
function fillPullIntoDescriptorFromQueue(controller, desc) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % desc.elementSize);
  if (maxAlignedBytes >= desc.minimumFill) {
    remaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  while (remaining > 0) {
    const head = state.queue[0];
    const bytesToCopy = Math.min(remaining, head.byteLength);
    copyDataBlockBytes(desc.buffer, desc.byteOffset + desc.bytesFilled, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      state.queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    desc.bytesFilled += bytesToCopy;
    remaining -= bytesToCopy;
  }
  return ready;
}

function convertPullIntoDescriptor(desc) {
  const buffer = transferArrayBuffer(desc.buffer);
  return new desc.viewConstructor(buffer, desc.byteOffset, desc.bytesFilled / desc.elementSize);
}

function commitPullIntoDescriptor(stream, desc) {
  const done = stream[kState].state === 'closed';
  const filledView = convertPullIntoDescriptor(desc);
  if (desc.readerType === 'default') rs.readableStreamFulfillReadRequest(stream, filledView, done);
  else rs.readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function readableByteStreamControllerPullInto(controller, view, minimumFill, readIntoRequest) {
  const state = controller[kState];
  const stream = state.stream;
  const elementSize = view.BYTES_PER_ELEMENT ?? 1;
  const viewConstructor = view.constructor;
  // Read before the transfer detaches the view.
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (err) {
    readIntoRequest.error(err);
    return;
  }
  const desc = {
    buffer, bufferByteLength: buffer.byteLength, byteOffset, byteLength,
    bytesFilled: 0, minimumFill, elementSize, viewConstructor, readerType: 'byob',
  };
  if (state.pendingPullIntos.length) {
    state.pendingPullIntos.push(desc);
    rs.readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    readIntoRequest.close(new viewConstructor(desc.buffer, desc.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(controller, desc)) {
      const filledView = convertPullIntoDescriptor(desc);
      handleQueueDrain(controller);
      readIntoRequest.chunk(filledView);
      return;
    }
    if (state.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('ReadableStream is closed');
      readableByteStreamControllerError(controller, error);
      readIntoRequest.error(error);
      return;
    }
  }
  state.pendingPullIntos.push(desc);
  rs.readableStreamAddReadIntoRequest(stream, readIntoRequest);
  callPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const first = controller[kState].pendingPullIntos[0];
  if (controller[kState].stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE.TypeError('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE.TypeError('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  respondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const first = controller[kState].pendingPullIntos[0];
  if (controller[kState].stream[kState].state === 'closed') {
    if (view.byteLength !== 0) throw new ERR_INVALID_STATE.TypeError('View is not zero-length');
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer length');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too large');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  respondInternal(controller, viewByteLength);
}

function respondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  invalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') respondInClosedState(controller, first);
  else respondInReadableState(controller, bytesWritten, first);
  callPullIfNeeded(controller);
}

function respondInClosedState(controller, first) {
  const state = controller[kState];
  const stream = state.stream;
  if (first.readerType === 'none') state.pendingPullIntos.shift();
  if (rs.readableStreamHasBYOBReader(stream)) {
    while (rs.readableStreamGetNumReadIntoRequests(stream) > 0) {
      commitPullIntoDescriptor(stream, state.pendingPullIntos.shift());
    }
  }
}

function respondInReadableState(controller, bytesWritten, desc) {
  const state = controller[kState];
  const stream = state.stream;
  desc.bytesFilled += bytesWritten;
  if (desc.readerType === 'none') {
    enqueueDetachedPullIntoToQueue(controller, desc);
    for (const filled of processPullIntoDescriptorsUsingQueue(controller)) commitPullIntoDescriptor(stream, filled);
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  state.pendingPullIntos.shift();
  const remainderSize = desc.bytesFilled % desc.elementSize;
  if (remainderSize > 0) {
    const end = desc.byteOffset + desc.bytesFilled;
    enqueueClonedChunkToQueue(controller, desc.buffer, end - remainderSize, remainderSize);
  }
  desc.bytesFilled -= remainderSize;
  const filledDescs = processPullIntoDescriptorsUsingQueue(controller);
  commitPullIntoDescriptor(stream, desc);
  for (const filled of filledDescs) commitPullIntoDescriptor(stream, filled);
}

function setupReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                           highWaterMark, autoAllocateChunkSize) {
  controller[kType] = 'ReadableByteStreamController';
  controller[kState] = {
    stream,
    byobRequest: null,
    queue: [],
    queueTotalSize: 0,
    pendingPullIntos: [],
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    highWaterMark,
    autoAllocateChunkSize,
    pullAlgorithm,
    cancelAlgorithm,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (err) => readableByteStreamControllerError(controller, err);
  Promise.resolve(startAlgorithm()).then(() => {
    controller[kState].started = true;
    callPullIfNeeded(controller);
  }, (err) => readableByteStreamControllerError(controller, err));
}

function setupReadableByteStreamControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kIllegal);
  const start = source?.start;
  const pullAlgorithm = methodAlgorithm(source, 'pull', 'source');
  const cancelAlgorithm = methodAlgorithm(source, 'cancel', 'source');
  let autoAllocateChunkSize = source?.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = Number(autoAllocateChunkSize);
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  const startAlgorithm = start === undefined ? () => undefined : () => Reflect.apply(start, source, [controller]);
  setupReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                    highWaterMark, autoAllocateChunkSize);
}

makeEnumerable(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);
makeEnumerable(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

module.exports = {
  ReadableByteStreamController,
  ReadableStreamBYOBRequest,
  readableByteStreamControllerPullInto,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerClose,
  readableByteStreamControllerError,
  setupReadableByteStreamControllerFromSource,
};
