'use strict';
// Blob and File (basic): immutable byte containers. The bytes are held in one Uint8Array;
// slice() shares it.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { utf8Encode, utf8Slice } = require('internal/buffer/encodings');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function isBlob(v) { return v != null && v[kBytes] !== undefined; }

function toBytes(part, endings) {
  if (typeof part === 'string') {
    if (endings === 'native') part = part.replace(/\r\n|\r/g, '\n');
    return utf8Encode(part);
  }
  if (isBlob(part)) return part[kBytes];
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength).slice();
  if (part instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && part instanceof SharedArrayBuffer)) {
    return new Uint8Array(part.slice(0));
  }
  return utf8Encode(`${part}`);
}

function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { endings = 'transparent', type = '' } = options || {};
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const b = toBytes(source, `${endings}`);
      parts.push(b);
      length += b.length;
    }
    const bytes = new Uint8Array(length);
    let pos = 0;
    for (const b of parts) {
      bytes.set(b, pos);
      pos += b.length;
    }
    this[kBytes] = bytes;
    this[kType] = normalizeType(type);
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  slice(start = 0, end = this[kBytes].length, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].length;
    const rel = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const s = rel(start);
    const e = rel(end);
    const blob = Object.create(Blob.prototype);
    blob[kBytes] = this[kBytes].subarray(s, Math.max(s, e));
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this[kBytes];
    return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this[kBytes];
    return Promise.resolve(utf8Slice(b, 0, b.length));
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    if (typeof ReadableStream !== 'function') throw new ERR_INVALID_THIS('Blob'); // no web streams yet
    const bytes = this[kBytes];
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const inspect = require('internal/util/inspect').inspect;
    return `Blob ${inspect({ size: this.size, type: this.type }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
for (const name of ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer']) {
  const d = Object.getOwnPropertyDescriptor(Blob.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Blob.prototype, name, d);
}

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() { return this[kName]; }
  get lastModified() { return this[kLastModified]; }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const inspect = require('internal/util/inspect').inspect;
    return `File ${inspect({ size: this.size, type: this.type, name: this.name, lastModified: this.lastModified },
                           { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

// Object URLs are not supported yet (no URL.createObjectURL registry).
function resolveObjectURL(url) {
  void url;
  return undefined;
}

module.exports = { Blob, File, resolveObjectURL, isBlob };
