'use strict';
// Shared pieces of http: the parser (a Java HTTP/1.x state machine behind
// internalBinding('http_parser')), token checks, and the helpers both sides use.

const binding = internalBinding('http_parser');
const { Buffer } = require('buffer');
const { connResetException } = require('internal/errors');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');
const { setUnrefTimeout } = require('internal/timers');
const { copyOut } = require('internal/net/handles');
const kIncomingMessage = Symbol('IncomingMessage');

const CRLF = '\r\n';
const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

const methods = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE',
  'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

// The parse error llhttp reports (node builds it natively, so it is no ERR_* code).
function parseError(code, reason, bytesParsed) {
  const err = new Error(`Parse Error: ${reason}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  return err;
}

let cachedDate;
// The Date header, recomputed at most once a second.
function utcDate() {
  if (cachedDate === undefined) {
    cachedDate = new Date().toUTCString();
    setUnrefTimeout(() => { cachedDate = undefined; }, 1000 - new Date().getMilliseconds());
  }
  return cachedDate;
}

// The slot for what a parser's owner does when a message takes too long (node's kOnTimeout): the
// server's request timeout. Freeing a parser clears it, so a pooled parser holds no socket.
const kOnTimeout = 6;

class HTTPParser {
  static REQUEST = binding.REQUEST;
  static RESPONSE = binding.RESPONSE;
  static kOnTimeout = kOnTimeout;

  constructor() {
    this.type = binding.REQUEST;
    this.remove();
    this._h = binding.create(this.type, 0, false, {
      onHeadersComplete: (a, b, c, d, e, f, g, h, i) => this.onHeadersComplete(a, b, c, d, e, f, g, h, i),
      onBody: (off, len, memory) => this.onBody(off, len, memory),
      onMessageComplete: () => this.onMessageComplete(),
      onTrailers: (packed) => { this._trailers = splitHeaders(packed); },
      onExecute: (r, n, memory, offset) => this.onConsumedRead(r, n, memory, offset),
    });
  }

  // `lenient`: node's insecure parser (--insecure-http-parser, or the insecureHTTPParser option).
  initialize(type, maxHeaderSize, lenient) {
    this.type = type;
    this._h.reinitialize(type, maxHeaderSize | 0, lenient === true);
  }

  // When the message under way began (ms), for the server's headers and request timeouts; 0 when
  // none is. The Java parser keeps it, as node's keeps last_message_start_.
  get messageStart() {
    return this._h.messageStart();
  }

  set messageStart(ms) {
    this._h.setMessageStart(ms);
  }

  // Returns the bytes consumed, or the parse error.
  execute(buf) {
    this._buf = buf;
    const r = this._h.execute(buf.buffer, buf.byteOffset, buf.length);
    this._buf = null;
    return this.result(r);
  }

  result(r) {
    return r < 0 ? parseError(this._h.errorCode(), this._h.errorReason(), -1 - r) : r;
  }

  // The parser reads the stream handle itself from now on (node's parser.consume): its bytes
  // become no 'data' events, and onExecute hears of each read once it is parsed.
  consume(handle) {
    this._h.consume(handle._j);
  }

  unconsume() {
    this._h.unconsume();
  }

  onConsumedRead(r, n, memory, offset) {
    if (this.onExecute === null) return;
    this._readMemory = memory;
    this._readOffset = offset;
    this._readLength = n;
    try {
      this.onExecute(this.result(r));
    } finally {
      this._readMemory = null;
    }
  }

  // A copy of the consumed read being reported, for a parse error's rawPacket and an upgrade's head.
  getCurrentBuffer() {
    const memory = this._readMemory;
    return memory === null ? Buffer.alloc(0) : copyOut(memory, this._readOffset, this._readLength);
  }

  finish() {
    if (this._h.finish() === 0) return undefined;
    return parseError(this._h.errorCode(), this._h.errorReason(), 0);
  }

  isIdle() {
    return this._h.isIdle();
  }

  onHeadersComplete(major, minor, packed, method, url, statusCode, statusMessage, upgrade, shouldKeepAlive) {
    this._headersDone = true;
    const socket = this.socket;
    // A server's own IncomingMessage class (createServer({ IncomingMessage })), as node looks it up.
    const Incoming = socket?.server?.[kIncomingMessage] || IncomingMessage;
    const incoming = this.incoming = new Incoming(socket);
    if (this.joinDuplicateHeaders) incoming.joinDuplicateHeaders = true;
    incoming.httpVersionMajor = major;
    incoming.httpVersionMinor = minor;
    incoming.httpVersion = `${major}.${minor}`;
    incoming.url = url ?? '';
    incoming.upgrade = upgrade;
    const headers = splitHeaders(packed);
    let n = headers.length;
    if (this.maxHeaderPairs > 0) n = Math.min(n, this.maxHeaderPairs);
    incoming._addHeaderLines(headers, n);
    if (method != null) {
      incoming.method = method;
    } else {
      incoming.statusCode = statusCode;
      incoming.statusMessage = statusMessage;
    }
    return this.onIncoming(incoming, shouldKeepAlive);
  }

  // A body chunk: of the Buffer being executed, or (node copies it too) of a consumed read.
  onBody(off, len, memory) {
    const stream = this.incoming;
    if (stream === null || stream._dumped) return;
    const chunk = memory === undefined ? this._buf.subarray(off, off + len) : copyOut(memory, off, len);
    if (!stream.push(chunk)) readStop(this.socket);
  }

  onMessageComplete() {
    this._headersDone = false;
    const stream = this.incoming;
    if (stream === null) return;
    stream.complete = true;
    const trailers = this._trailers;
    if (trailers !== null) {
      stream._addHeaderLines(trailers, trailers.length, true);
      this._trailers = null;
    }
    stream.push(null);
    // The socket may have been paused for this message's body.
    readStart(this.socket);
  }

  // Forgets the message, socket and owner (node's cleanParser), before the parser goes back to the
  // pool: a pooled parser must keep nothing alive.
  remove() {
    if (this._consumed) this.unconsume();
    this._consumed = false;
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    this.maxHeaderPairs = 2000;
    this.onIncoming = null;
    // node's kOnExecute: (result) after each read of a consumed socket is parsed; cleared, the
    // rest of a read under way is no longer the owner's business.
    this.onExecute = null;
    this[kOnTimeout] = null;
    this.joinDuplicateHeaders = null;
    this._buf = null;
    this._trailers = null;
    this._headersDone = false;
    // The consumed read onExecute is hearing about, for getCurrentBuffer().
    this._readMemory = null;
    this._readOffset = 0;
    this._readLength = 0;
  }

  // node's parser handle API: free() runs async hooks' destroy for a parser going back to the pool
  // and close() deletes the native parser of one that does not fit. jnode's parser has no async
  // hooks and is garbage-collected, so neither has anything to do; code that calls them still can.
  free() {}

  close() {}
}

// Parsers are reused, up to 1000 kept, as node's 'parsers' free list does: a keep-alive client gets
// the same parser back for each request.
const freeParsers = [];
const parsers = {
  alloc: () => freeParsers.pop() ?? new HTTPParser(),
  free(parser) {
    if (freeParsers.length >= 1000) return false;
    freeParsers.push(parser);
    return true;
  },
};

function splitHeaders(packed) {
  if (packed.length === 0) return [];
  const list = packed.split('\0');
  list.pop();
  return list;
}

function freeParser(parser, req, socket) {
  if (parser) {
    parser.remove();
    if (parsers.free(parser)) parser.free();
    else parser.close();
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

// --max-http-header-size, else node's 16 KiB: the parsers' limit when none is given.
let defaultMaxHeaderSize;
function getDefaultMaxHeaderSize() {
  defaultMaxHeaderSize ??= Number(require('internal/options').getOptionValue('--max-http-header-size') ?? 16384);
  return defaultMaxHeaderSize;
}

// --insecure-http-parser: the parsers' leniency when a server or request does not set its own.
// node warns once, when the first parser that follows the flag is made.
let lenient;
function isLenient() {
  if (lenient === undefined) {
    lenient = require('internal/options').hasOption('--insecure-http-parser');
    if (lenient) process.emitWarning('Using insecure HTTP parsing');
  }
  return lenient;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  HTTPParser,
  CRLF,
  chunkExpression,
  continueExpression,
  methods,
  checkIsHttpToken,
  checkInvalidHeaderChar,
  connResetException,
  freeParser,
  getDefaultMaxHeaderSize,
  isLenient,
  kOnTimeout,
  parsers,
  utcDate,
  kIncomingMessage,
};
