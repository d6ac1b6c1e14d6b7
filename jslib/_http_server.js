'use strict';
// http.Server and ServerResponse. The server is a net.Server whose 'connection' listener puts a
// parser on the socket, so any socket emitted as 'connection' (accepted here, by another server, or
// received from another process) is served the same way.

const net = require('net');
const { Socket } = net;
const { Buffer } = require('buffer');
// NODE_DEBUG=http: node's trace of what its http layer does (a no-op otherwise).
let debug = require('util').debuglog('http', (fn) => { debug = fn; });
const {
  HTTPParser, CRLF, continueExpression, chunkExpression, connResetException, freeParser,
  kIncomingMessage, getDefaultMaxHeaderSize, isLenient, kOnTimeout, parsers,
} = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { OutgoingMessage, kOutHeaders, kNeedDrain } = require('_http_outgoing');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_SOCKET_ASSIGNED, ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ENCODING,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateInteger, validateBoolean, validateObject, validateNumber, validateLinkHeaderValue,
} = require('internal/validators');
const { startPerf, stopPerf } = require('internal/perf/observe');
const { checkInvalidHeaderChar } = require('_http_common');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
  408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed',
  413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: 'I\'m a Teapot', 421: 'Misdirected Request', 422: 'Unprocessable Entity',
  423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
  428: 'Precondition Required', 429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error', 501: 'Not Implemented',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kState = Symbol('http.server.state');
const kPerfRequest = Symbol('kPerfRequest');

// --- ServerResponse ---------------------------------------------------------------------------

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this[kPerfRequest] = startPerf('http', 'HttpRequest');
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  // The request's 'http' PerformanceObserver entry, timed from the response's making (as node's).
  if (this[kPerfRequest] !== null) {
    const { req } = this;
    stopPerf(this[kPerfRequest], {
      req: { method: req.method, url: req.url, headers: req.headers },
      res: { statusCode: this.statusCode, statusMessage: this.statusMessage, headers: this.getHeaders() },
    });
  }
  OutgoingMessage.prototype._finish.call(this);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) emitCloseNT(msg);
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  // Nothing is sent without a link; the Link header goes first, the other hints as given.
  if (hints.link == null) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  let head = `HTTP/1.1 103 Early Hints\r\nLink: ${link}\r\n`;
  for (const key of Object.keys(hints)) {
    if (key !== 'link') head += `${key}: ${hints[key]}\r\n`;
  }
  this._writeRaw(head + '\r\n', 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    if (obj) {
      if (Array.isArray(obj)) {
        if (obj.length && Array.isArray(obj[0])) {
          for (const [k, v] of obj) this.appendHeader(k, v);
        } else {
          if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
          // Merged into headers set before, as setHeader does: a repeated name keeps its last value.
          for (let n = 0; n < obj.length; n += 2) if (obj[n]) this.setHeader(obj[n], obj[n + 1]);
        }
      } else {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');

  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// --- Server -------------------------------------------------------------------------------------

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300000;
  }
  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
  this.keepAliveTimeout = keepAliveTimeout ?? 5000;
  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) validateBoolean(requireHostHeader, 'options.requireHostHeader');
  this.requireHostHeader = requireHostHeader ?? true;
  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kConnections] = new Set();
  const interval = options.connectionsCheckingInterval;
  this.connectionsCheckingInterval = interval !== undefined ? interval : 30000;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this),
                                                    this.connectionsCheckingInterval).unref();
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

Server.prototype.close = function close(...args) {
  httpServerPreClose(this);
  return net.Server.prototype.close.apply(this, args);
};

// With captureRejections, a 'request' listener's rejection becomes a 500 (its headers dropped,
// so none leak) or, once the response has started, a destroyed response.
Server.prototype[Symbol.for('nodejs.rejection')] = function captureRejection(err, event, ...args) {
  if (event !== 'request') {
    net.Server.prototype[Symbol.for('nodejs.rejection')].call(this, err, event, ...args);
    return;
  }
  const res = args[1];
  if (!res.headersSent && !res.writableEnded) {
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    res.statusCode = 500;
    res.end(STATUS_CODES[500]);
  } else {
    res.destroy();
  }
};

Server.prototype[Symbol.asyncDispose] = async function() {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of this[kConnections]) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of this[kConnections]) {
    const state = socket[kState];
    if (!socket._httpMessage && state && state.incoming.length === 0 &&
        (!socket.parser || socket.parser.isIdle())) {
      socket.destroy();
    }
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  const now = Date.now();
  for (const socket of this[kConnections]) {
    const parser = socket.parser;
    if (!parser || parser.messageStart <= 0) continue;
    const age = now - parser.messageStart;
    if ((!parser._headersDone && this.headersTimeout > 0 && age > this.headersTimeout) ||
        (this.requestTimeout > 0 && age > this.requestTimeout)) {
      parser.messageStart = 0;
      parser[kOnTimeout]();
    }
  }
}

function onRequestTimeout(socket) {
  socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
}

function connectionListener(socket) {
  const server = this;
  debug('SERVER new http connection');
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = parsers.alloc();
  parser.initialize(HTTPParser.REQUEST, server.maxHeaderSize ?? getDefaultMaxHeaderSize(),
    server.insecureHTTPParser ?? isLenient());
  parser.socket = socket;
  socket.parser = parser;
  parser.joinDuplicateHeaders = server.joinDuplicateHeaders;
  parser[kOnTimeout] = onRequestTimeout.bind(undefined, socket);
  // The headers timeout runs from the connection, as node's parser starts its clock when it is
  // initialized: a peer that connects and sends nothing gets its 408 too.
  parser.messageStart = Date.now();
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;

  const state = {
    onData: null, onEnd: null, onClose: null, onDrain: null,
    outgoing: [], incoming: [], outgoingData: 0, requestsCount: 0, keepAliveTimeoutSet: false,
  };
  state.onData = (d) => socketOnData(server, socket, parser, state, d);
  state.onEnd = () => socketOnEnd(server, socket, parser, state);
  state.onClose = () => socketOnClose(server, socket, state);
  state.onDrain = () => socketOnDrain(socket, state);
  socket[kState] = state;
  socket.server ??= server;
  server[kConnections].add(socket);
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  parser.onIncoming = (req, keepAlive) => parserOnIncoming(server, socket, state, req, keepAlive);
  // As node: the parser reads the socket's handle itself, so its bytes become no 'data' events.
  if (socket._handle?.isStreamBase && !socket._handle._consumed) {
    parser._consumed = true;
    socket._handle._consumed = true;
    parser.consume(socket._handle);
    socket.on('resume', onSocketResume);
    socket.on('pause', onSocketPause);
    socket.on = consumedOn;
    socket.addListener = consumedAddListener;
    socket.prependListener = consumedPrependListener;
  }
  socket.setEncoding = socketSetEncoding;
  parser.onExecute = (ret) => onParserExecute(server, socket, parser, state, ret);
  socket._paused = false;
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

// A consumed socket's stream never reads, so pausing it or resuming it would change nothing:
// its handle stops and starts instead.
function onSocketResume() {
  // 'resume' comes a tick late: the socket may be paused for http's own reasons again by now.
  if (this._paused) {
    this.pause();
    return;
  }
  if (this._handle && !this._handle.reading) {
    this._handle.reading = true;
    this._handle.readStart();
  }
}

function onSocketPause() {
  if (this._handle?.reading) {
    this._handle.reading = false;
    this._handle.readStop();
  }
}

// Someone else wants the socket's bytes ('data' or 'readable'): the parser stops consuming it,
// and reads come as 'data' again (node's generateSocketListenerWrapper).
function socketListenerWrap(original) {
  return function socketListenerWrap(ev, fn) {
    const res = original.call(this, ev, fn);
    if (!this.parser) {
      restoreSocketListeners(this);
    } else if (ev === 'data' || ev === 'readable') {
      unconsume(this.parser, this);
    }
    return res;
  };
}

// Made once: every consumed socket shares them.
const consumedOn = socketListenerWrap(Socket.prototype.on);
const consumedAddListener = socketListenerWrap(Socket.prototype.addListener);
const consumedPrependListener = socketListenerWrap(Socket.prototype.prependListener);

function restoreSocketListeners(socket) {
  socket.on = Socket.prototype.on;
  socket.addListener = Socket.prototype.addListener;
  socket.prependListener = Socket.prototype.prependListener;
}

function unconsume(parser, socket) {
  if (parser._consumed) parser.unconsume();
  parser._consumed = false;
  socket.removeListener('pause', onSocketPause);
  socket.removeListener('resume', onSocketResume);
}

function onParserExecute(server, socket, parser, state, ret) {
  socket._unrefTimer();
  onParserExecuteCommon(server, socket, parser, state, ret, undefined);
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server?.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(server, socket, state) {
  debug('server socket close');
  server[kConnections].delete(socket);
  freeParser(socket.parser, null, socket);
  abortIncoming(state.incoming);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (!server.httpAllowHalfOpen) {
    abortIncoming(state.incoming);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnData(server, socket, parser, state, d) {
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  // A next request has begun and is not whole yet: its bytes end the keep-alive timeout. (One
  // that completed has ended it already; a response that finished since then has set it anew.)
  if (state.keepAliveTimeoutSet && !parser.isIdle()) resetKeepAliveTimeout(server, socket, state);
  if (ret instanceof Error) {
    ret.rawPacket = d || parser.getCurrentBuffer();
    socketOnError.call(socket, ret);
    return;
  }
  const req = parser.incoming;
  if (req && req.upgrade) {
    // The socket is no longer http's: hand it over with what came after the head.
    d ??= parser.getCurrentBuffer();
    unconsume(parser, socket);
    restoreSocketListeners(socket);
    socket.removeListener('data', state.onData);
    socket.removeListener('end', state.onEnd);
    socket.removeListener('close', state.onClose);
    socket.removeListener('drain', state.onDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    server[kConnections].delete(socket);
    freeParser(parser, req, socket);
    const bodyHead = d.subarray(ret);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(eventName) > 0) {
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();
    }
  }
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

function noop() {}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server?.emit('clientError', e, this)) {
    // Answer only where it cannot corrupt a response: none in flight, or none of it sent yet.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

// Bytes of a next request have come: the keep-alive timeout is over (a slow client's headers
// are the headers timeout's business), and the socket is back on server.timeout.
function resetKeepAliveTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetKeepAliveTimeout(server, socket, state);
  state.incoming.push(req);

  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws && (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark)) {
      socket._paused = true;
      socket.pause();
    }
  }

  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }

  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = (delta) => updateOutgoingData(socket, state, delta);
  res.shouldKeepAlive = keepAlive;
  res[kIncomingMessage] = req;

  if (server.maxRequestsPerSocket > 0) {
    state.requestsCount++;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
  }

  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);

  res.on('finish', () => resOnFinish(req, res, socket, state, server));

  const { host, expect } = findHostAndExpect(req.rawHeaders);
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1 && server.requireHostHeader && !host) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return 0;
  }

  if (server.maxRequestsPerSocket > 0 && state.requestsCount > server.maxRequestsPerSocket) {
    server.emit('dropRequest', req, socket);
    res.writeHead(503);
    res.end();
    return 0;
  }

  if (expect !== undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (continueExpression.test(expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit('request', req, res);
  }
  return 0;
}

function resOnFinish(req, res, socket, state, server) {
  const idx = state.incoming.indexOf(req);
  if (idx !== -1) state.incoming.splice(idx, 1);
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

function clearIncoming(req) {
  const parser = req.socket?.parser;
  if (parser && parser.incoming === req) {
    if (req.readableEnded) parser.incoming = null;
    else req.on('end', () => clearIncoming(req));
  }
}

// The Host and Expect headers, found without building req.headers.
function findHostAndExpect(raw) {
  let host = false;
  let expect;
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i];
    if (k.length === 4 && (k === 'Host' || k.toLowerCase() === 'host')) host = true;
    else if (k.length === 6 && k.toLowerCase() === 'expect' && expect === undefined) expect = raw[i + 1];
  }
  return { host, expect };
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  httpServerPreClose,
  kConnections,
  kConnectionsCheckingInterval,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
};
