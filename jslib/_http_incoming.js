'use strict';
// IncomingMessage: a request on the server, a response on the client. The body is a Readable the
// parser pushes into; when it says "enough", the socket stops reading until _read asks again.

const { Readable, finished } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) streamOptions = { highWaterMark: socket.readableHighWaterMark };
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

function lazyHeaders(kStore, kCount, rawKey) {
  return {
    __proto__: null,
    get() {
      if (!this[kStore]) {
        this[kStore] = {};
        const src = this[rawKey];
        for (let n = 0; n < this[kCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], this[kStore]);
      }
      return this[kStore];
    },
    set(val) { this[kStore] = val; },
  };
}
Object.defineProperty(IncomingMessage.prototype, 'headers', lazyHeaders(kHeaders, kHeadersCount, 'rawHeaders'));
Object.defineProperty(IncomingMessage.prototype, 'trailers', lazyHeaders(kTrailers, kTrailersCount, 'rawTrailers'));

function lazyDistinct(kStore, kCount, rawKey) {
  return {
    __proto__: null,
    get() {
      if (!this[kStore]) {
        const out = this[kStore] = {};
        const src = this[rawKey];
        for (let n = 0; n < this[kCount]; n += 2) {
          const key = src[n].toLowerCase();
          if (out[key] === undefined) out[key] = [src[n + 1]];
          else out[key].push(src[n + 1]);
        }
      }
      return this[kStore];
    },
    set(val) { this[kStore] = val; },
  };
}
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct',
                      lazyDistinct(kHeadersDistinct, kHeadersCount, 'rawHeaders'));
Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct',
                      lazyDistinct(kTrailersDistinct, kTrailersCount, 'rawTrailers'));

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  if (this.socket && this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

// An aborted message with no 'error' listener does not throw: 'aborted'/'close' tell the story.
function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n, trailers) {
  if (headers?.length) {
    if (trailers) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      this[kTrailers] = null;
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      this[kHeaders] = null;
    }
  }
};

// Duplicates of these keep the first value.
const dropDuplicates = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host',
  'authorization', 'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from',
  'location', 'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = field.toLowerCase();
  // dest is a plain object: a header named like an inherited property ('constructor') must not
  // see Object's, so lists look for a string and single values for undefined, as node's.
  if (field === 'set-cookie') {
    if (Array.isArray(dest[field])) dest[field].push(value);
    else dest[field] = [value];
  } else if (!dropDuplicates.has(field)) {
    const separator = field === 'cookie' ? '; ' : ', ';
    dest[field] = typeof dest[field] === 'string' ? dest[field] + separator + value : value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  } else if (this.joinDuplicateHeaders) {
    dest[field] += ', ' + value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  field = field.toLowerCase();
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
};

// Reads and discards the rest of the body so that the connection can go on.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage, readStart, readStop };
