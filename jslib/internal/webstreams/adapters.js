'use strict';
// Bridges between node streams and web streams: Readable/Writable/Duplex.fromWeb and .toWeb
// (node's internal/webstreams/adapters).

const { Buffer } = require('buffer');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { createDeferred } = require('internal/webstreams/util');
const { isDestroyed, isReadable, isWritable, isWritableEnded } = require('internal/streams/utils');
const { destroyer: destroy } = require('internal/streams/destroy');
const finished = require('internal/streams/end-of-stream');

let Readable;
let Writable;
let Duplex;

// A premature close of the node side reaches the web side as an AbortError.
function toWebError(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}

// Runs a node callback; if it throws, the stream is destroyed on the next tick instead.
function callbackDone(callback, stream) {
  return (error) => {
    try {
      callback(error);
    } catch (err) {
      process.nextTick(() => destroy(stream, err));
    }
  };
}

function validateEncoding(encoding) {
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

// Chunks written to the node side go to the web writer; strings become bytes unless asked not to.
function webWrite(writer, decodeStrings, objectMode) {
  return (chunk, encoding, callback) => {
    if (typeof chunk === 'string' && decodeStrings && !objectMode) {
      const buf = Buffer.from(chunk, encoding);
      chunk = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    writer.ready.then(() => writer.write(chunk).then(() => callback(), callback), callback);
  };
}

function webWritev(writer) {
  return (chunks, callback) => {
    const done = (errors) => {
      errors = Array.isArray(errors) ? errors.filter((e) => e) : [errors];
      callback(errors.length === 0 ? undefined : errors[0]);
    };
    writer.ready.then(() => Promise.allSettled(chunks.map(({ chunk }) => writer.write(chunk))).then(
      (results) => done(results.map((r) => r.reason)), done), done);
  };
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark, size(chunk) { return chunk.byteLength; } };

  let controller;
  let backpressure;
  let closed;
  function onDrain() {
    if (backpressure !== undefined) backpressure.resolve();
  }
  const cleanup = finished(streamWritable, (error) => {
    error = toWebError(error);
    cleanup();
    // Errors after this point have nowhere to go: keep them from becoming uncaught.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressure !== undefined) backpressure.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressure = createDeferred();
        return backpressure.promise.finally(() => { backpressure = undefined; });
      }
    },
    abort(reason) { destroy(streamWritable, reason); },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = createDeferred();
        streamWritable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  Writable ??= require('internal/streams/writable');
  const writer = writableStream.getWriter();
  const write = webWrite(writer, decodeStrings, objectMode);
  const writev = webWritev(writer);
  let closed = false;
  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write: (chunk, encoding, callback) => write(chunk, encoding, callbackDone(callback, writable)),
    writev: (chunks, callback) => writev(chunks, callbackDone(callback, writable)),
    destroy(error, callback) {
      const done = () => callback(error);
      if (!closed) {
        if (error != null) writer.abort(error).then(done, done);
        else writer.close().then(done, done);
        return;
      }
      done();
    },
    final(callback) {
      const done = callbackDone(callback, writable);
      if (!closed) writer.close().then(() => done(), done);
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  // Without objectMode node counts chunks against the node stream's byte highWaterMark.
  const strategy = options?.strategy ?? (objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark });

  let controller;
  function onData(chunk) {
    // A Buffer may be a view of a shared pool: hand the web side its own copy.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  const cleanup = finished(streamReadable, (error) => {
    error = toWebError(error);
    cleanup();
    streamReadable.on('error', () => {});
    if (error) controller.error(error);
    else controller.close();
  });
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroy(streamReadable, reason); },
  }, strategy);
}

function readWeb(reader, stream) {
  return () => {
    reader.read().then(({ value, done }) => {
      if (done) stream.push(null);
      else stream.push(value);
    }, (error) => destroy(stream, error));
  };
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  Readable ??= require('internal/streams/readable');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read: () => read(),
    destroy(error, callback) {
      const done = () => callback(error);
      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  const read = readWeb(reader, readable);
  return readable;
}

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  let writable;
  if (isWritable(duplex)) {
    writable = newWritableStreamFromStreamWritable(duplex);
  } else {
    writable = new WritableStream();
    writable.close();
  }
  let readable;
  if (isReadable(duplex)) {
    readable = newReadableStreamFromStreamReadable(duplex);
  } else {
    readable = new ReadableStream();
    readable.cancel();
  }
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncoding(encoding);
  Duplex ??= require('internal/streams/duplex');
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  const write = webWrite(writer, decodeStrings, objectMode);
  const writev = webWritev(writer);
  let read;
  let writableClosed = false;
  let readableClosed = false;
  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    write: (chunk, enc, callback) => write(chunk, enc, callbackDone(callback, duplex)),
    writev: (chunks, callback) => writev(chunks, callbackDone(callback, duplex)),
    final(callback) {
      const done = callbackDone(callback, duplex);
      if (!writableClosed) writer.close().then(() => done(), done);
    },
    read: () => read(),
    destroy(error, callback) {
      const done = () => callback(error);
      if (!writableClosed || !readableClosed) {
        Promise.all([
          writableClosed ? undefined : writer.abort(error),
          readableClosed ? undefined : reader.cancel(error),
        ]).then(done, done);
        return;
      }
      done();
    },
  });
  read = readWeb(reader, duplex);
  writer.closed.then(() => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  reader.closed.then(() => { readableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

module.exports = {
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
