'use strict';
// The body that Request and Response share (Fetch's Body mixin): made from a string, bytes, a
// Blob, URLSearchParams, FormData or a ReadableStream; read once, whole (text, json, arrayBuffer,
// blob, formData) or as the stream `body`.

const { Blob, Buffer } = require('buffer');
const { URLSearchParams } = require('url');
const { ReadableStream } = require('stream/web');
const { isReadableStreamDisturbed } = require('internal/webstreams/readablestream');
const { FormData, encodeMultipart, decodeFormData } = require('internal/fetch/form_data');

const kBody = Symbol('body');
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The body state: `source` (a Uint8Array or a Blob) until `stream` is asked for or made.
class BodyState {
  constructor(source, stream, length) {
    this.source = source;
    this.stream = stream;
    this.length = length; // bytes, when known
    this.used = false;
  }

  getStream() {
    if (this.stream === null) {
      const source = this.source;
      this.stream = source instanceof Blob ? source.stream() : new ReadableStream({
        type: 'bytes',
        start(controller) {
          if (source.byteLength > 0) controller.enqueue(new Uint8Array(source));
          controller.close();
        },
      });
    }
    return this.stream;
  }
}

// [state, Content-Type it implies or null] for a Request's or Response's init.body.
function extractBody(object) {
  if (typeof object === 'string') {
    const bytes = encoder.encode(object);
    return [new BodyState(bytes, null, bytes.byteLength), 'text/plain;charset=UTF-8'];
  }
  if (object instanceof URLSearchParams) {
    const bytes = encoder.encode(object.toString());
    return [new BodyState(bytes, null, bytes.byteLength), 'application/x-www-form-urlencoded;charset=UTF-8'];
  }
  if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    const bytes = new Uint8Array(object.slice(0));
    return [new BodyState(bytes, null, bytes.byteLength), null];
  }
  if (ArrayBuffer.isView(object)) {
    const bytes = new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength));
    return [new BodyState(bytes, null, bytes.byteLength), null];
  }
  if (object instanceof Blob) {
    return [new BodyState(object, null, object.size), object.type || null];
  }
  if (object instanceof FormData) {
    const [blob, type] = encodeMultipart(object);
    return [new BodyState(blob, null, blob.size), type];
  }
  if (object instanceof ReadableStream) {
    if (object.locked) throw new TypeError('Response body object should not be disturbed or locked');
    return [new BodyState(null, object, null), null];
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    return [new BodyState(null, ReadableStream.from(object), null), null];
  }
  return extractBody(`${object}`);
}

function unusable() {
  return new TypeError('Body is unusable: Body has already been read');
}

// All of a body's bytes, once: a second read, or one of a locked stream, is refused.
async function consume(owner) {
  const state = owner[kBody];
  if (state === null) return new Uint8Array(0);
  if (state.used || (state.stream !== null && (state.stream.locked || isReadableStreamDisturbed(state.stream)))) {
    throw unusable();
  }
  state.used = true;
  if (state.stream === null) {
    const source = state.source;
    return source instanceof Blob ? new Uint8Array(await source.arrayBuffer()) : source;
  }
  const chunks = [];
  for await (const chunk of state.stream) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

// The Body methods, onto Request.prototype and Response.prototype. `mimeType(owner)` gives the
// Content-Type a Blob or FormData read needs.
function mixinBody(prototype, mimeType) {
  Object.defineProperties(prototype, {
    body: {
      get() {
        const state = this[kBody];
        return state === null ? null : state.getStream();
      },
      enumerable: true, configurable: true,
    },
    bodyUsed: {
      get() {
        const state = this[kBody];
        return state !== null && (state.used || (state.stream !== null && isReadableStreamDisturbed(state.stream)));
      },
      enumerable: true, configurable: true,
    },
  });
  const methods = {
    async arrayBuffer() {
      // A copy: the bytes may be a pool slice, or a source a clone shares.
      return Uint8Array.prototype.slice.call(await consume(this)).buffer;
    },
    async blob() {
      return new Blob([await consume(this)], { type: mimeType(this) ?? '' });
    },
    async bytes() {
      return new Uint8Array(await consume(this));
    },
    async formData() {
      return decodeFormData(await consume(this), mimeType(this));
    },
    async json() {
      return JSON.parse(decoder.decode(await consume(this)));
    },
    async text() {
      return decoder.decode(await consume(this));
    },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(prototype, name, { value: methods[name], writable: true, configurable: true });
  }
}

// Two bodies that read the same bytes: clone() tees the stream.
function cloneBody(state) {
  if (state.used) throw unusable();
  if (state.stream === null) return new BodyState(state.source, null, state.length);
  const [a, b] = state.stream.tee();
  state.stream = a;
  return new BodyState(null, b, state.length);
}

module.exports = { kBody, BodyState, extractBody, mixinBody, cloneBody, unusable };
