'use strict';
// Shared pieces of http: the parser (a Java HTTP/1.x state machine behind
// internalBinding('http_parser')), token checks, and the helpers both sides use.

const binding = internalBinding('http_parser');
const { connResetException } = require('internal/errors');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');
const { setUnrefTimeout } = require('internal/timers');
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

class HTTPParser {
  static REQUEST = binding.REQUEST;
  static RESPONSE = binding.RESPONSE;

  constructor(type, maxHeaderSize) {
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    this.maxHeaderPairs = 2000;
    this.onIncoming = null;
    this.type = type;
    this._buf = null;
    this._trailers = null;
    this._headersDone = false;
    this.messageStart = 0;
    this._h = binding.create(type, maxHeaderSize | 0, {
      onHeadersComplete: (a, b, c, d, e, f, g, h, i) => this.onHeadersComplete(a, b, c, d, e, f, g, h, i),
      onBody: (off, len) => this.onBody(off, len),
      onMessageComplete: () => this.onMessageComplete(),
      onTrailers: (packed) => { this._trailers = splitHeaders(packed); },
    });
  }

  initialize(type, maxHeaderSize) {
    this.type = type;
    this._h.reinitialize(type, maxHeaderSize | 0);
  }

  // Returns the bytes consumed, or the parse error.
  execute(buf) {
    if (this._h.isIdle()) this.messageStart = Date.now(); // a message begins: node restarts the clock
    this._buf = buf;
    const r = this._h.execute(buf.buffer, buf.byteOffset, buf.length);
    this._buf = null;
    // A message completed in this chunk: if the next one (pipelined) began in it too, its clock
    // starts now, as node's does at llhttp's message begin.
    if (this.messageStart === -1) this.messageStart = this._h.isIdle() ? 0 : Date.now();
    if (r < 0) return parseError(this._h.errorCode(), this._h.errorReason(), -1 - r);
    return r;
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

  onBody(off, len) {
    const stream = this.incoming;
    if (stream === null || stream._dumped) return;
    if (!stream.push(this._buf.subarray(off, off + len))) readStop(this.socket);
  }

  onMessageComplete() {
    this.messageStart = -1; // see execute(); not running (checkConnections skips 0 and -1)
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

  remove() {
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    this.onIncoming = null;
  }
}

function splitHeaders(packed) {
  if (packed.length === 0) return [];
  const list = packed.split('\0');
  list.pop();
  return list;
}

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    parser.remove();
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

function isLenient() {
  return false;
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
  utcDate,
  kIncomingMessage,
};
