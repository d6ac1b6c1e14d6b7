'use strict';
// fetch(): a Request sent with http or https (or read from a data: URL), redirects followed as
// the request's mode says, the response's body decompressed (gzip, deflate) and given as a web
// ReadableStream. Every failure to get a response rejects with TypeError('fetch failed') whose
// cause is the error underneath, as node's undici does.

const { Buffer } = require('buffer');
const { Readable } = require('stream');
const { Headers, toRequestHeaders } = require('internal/fetch/headers');
const { BodyState } = require('internal/fetch/body');
const { Request, requestParts } = require('internal/fetch/request');
const { fetchedResponse, nullBodyStatus, redirectStatus } = require('internal/fetch/response');

const MAX_REDIRECTS = 20;
const defaultHeaders = [
  ['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'], ['user-agent', 'node'],
  ['accept-encoding', 'gzip, deflate'],
];
// Dropped when a redirect goes to another origin, or turns the request into a GET.
const credentialHeaders = ['authorization', 'cookie', 'proxy-authorization'];
const bodyHeaders = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

function failed(cause) {
  return new TypeError('fetch failed', { cause });
}

async function fetch(input, init = undefined) {
  if (arguments.length < 1) {
    throw new TypeError("Failed to execute 'fetch' on 'Window': 1 argument required, but only 0 present.");
  }
  const [request, body] = requestParts(new Request(input, init));
  const signal = request.signal;
  if (signal?.aborted) throw signal.reason;
  const bytes = body === null ? null : await bodyBytes(body);
  return follow({ method: request.method, headers: new Headers(request.headers), body: bytes,
                  stream: body?.stream ?? null }, request, [request.url]);
}

// The body to send: its bytes when they are known up front, else null (a stream, sent chunked).
async function bodyBytes(state) {
  if (state.stream !== null) return null;
  state.used = true;
  const source = state.source;
  return source instanceof Uint8Array ? source : new Uint8Array(await source.arrayBuffer());
}

async function follow(message, request, urlList) {
  for (;;) {
    const url = new URL(urlList[urlList.length - 1]);
    if (url.protocol === 'data:') return dataResponse(url, urlList);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw failed(new Error('unknown scheme'));
    const res = await send(url, message, request.signal);
    const location = res.headers.location;
    if (!redirectStatus.has(res.statusCode) || location === undefined || request.redirect === 'manual') {
      return toResponse(res, message.method, urlList, request.signal);
    }
    res.resume();
    if (request.redirect === 'error') throw failed(new Error('unexpected redirect'));
    if (urlList.length > MAX_REDIRECTS) throw failed(new Error('redirect count exceeded'));
    let next;
    try {
      next = new URL(location, url);
    } catch (cause) {
      throw failed(cause);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw failed(new Error('URL scheme must be a HTTP(S) scheme'));
    if (message.stream !== null && res.statusCode !== 303) {
      throw failed(new Error('Cannot follow redirect with a streamed body'));
    }
    if ((res.statusCode === 303 && message.method !== 'HEAD') ||
        ((res.statusCode === 301 || res.statusCode === 302) && message.method === 'POST')) {
      message.method = 'GET';
      message.body = null;
      message.stream = null;
      for (const name of bodyHeaders) message.headers.delete(name);
    }
    if (next.origin !== url.origin) {
      for (const name of credentialHeaders) message.headers.delete(name);
    }
    urlList.push(next.href);
  }
}

// One request and its response head: an http.IncomingMessage.
function send(url, message, signal) {
  return new Promise((resolve, reject) => {
    const headers = toRequestHeaders(message.headers);
    for (const [name, value] of defaultHeaders) headers[name] ??= value;
    if (message.body !== null) headers['content-length'] ??= String(message.body.byteLength);
    else if (message.stream === null && (message.method === 'POST' || message.method === 'PUT')) headers['content-length'] ??= '0';
    const transport = require(url.protocol === 'https:' ? 'https' : 'http');
    let req;
    try {
      req = transport.request(url, { method: message.method, headers });
    } catch (cause) {
      reject(failed(cause));
      return;
    }
    const onAbort = () => {
      req.destroy();
      reject(signal.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(res);
    });
    req.on('error', (err) => {
      signal?.removeEventListener('abort', onAbort);
      reject(signal?.aborted ? signal.reason : failed(err));
    });
    if (message.stream !== null) {
      writeStream(req, message.stream).catch((err) => req.destroy(err));
    } else {
      req.end(message.body === null ? undefined : Buffer.from(message.body.buffer, message.body.byteOffset,
                                                              message.body.byteLength));
    }
  });
}

async function writeStream(req, stream) {
  for await (const chunk of stream) {
    if (!req.write(chunk)) await new Promise((resolve) => req.once('drain', resolve));
  }
  req.end();
}

function toResponse(res, method, urlList, signal) {
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  let state = null;
  if (method !== 'HEAD' && method !== 'CONNECT' && !nullBodyStatus.has(res.statusCode)) {
    const decoded = decode(res, headers.get('content-encoding'));
    // An abort after the head errors the body, as undici's does.
    if (signal) {
      const onAbort = () => decoded.destroy(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      decoded.once('close', () => signal.removeEventListener('abort', onAbort));
    }
    state = new BodyState(null, Readable.toWeb(decoded), null);
  } else {
    res.resume();
  }
  return fetchedResponse(res.statusCode, res.statusMessage ?? '', headers, state, urlList);
}

// The body as its bytes were meant: through the decoders its Content-Encoding lists, last first.
function decode(res, encoding) {
  if (encoding === null) return res;
  const zlib = require('zlib');
  let stream = res;
  for (const coding of encoding.toLowerCase().split(',').map((c) => c.trim()).reverse()) {
    let decoder;
    if (coding === 'gzip' || coding === 'x-gzip') {
      decoder = zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } else if (coding === 'deflate') {
      decoder = zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } else {
      return stream; // an encoding it does not know: the bytes as they came, as undici gives them
    }
    const from = stream;
    from.on('error', (err) => decoder.destroy(err));
    stream = from.pipe(decoder);
  }
  return stream;
}

// data:[<type>][;base64],<data>
function dataResponse(url, urlList) {
  const href = url.href;
  const comma = href.indexOf(',');
  if (comma === -1) throw failed(new Error('invalid data: URL'));
  let type = percentDecode(href.slice(5, comma)).toString('latin1').trim();
  const base64 = /;\s*base64$/i.test(type);
  if (base64) type = type.replace(/;\s*base64$/i, '');
  const payload = percentDecode(href.slice(comma + 1).replace(/#.*$/, ''));
  const bytes = base64 ? Buffer.from(payload.toString('latin1'), 'base64') : payload;
  const headers = new Headers([['content-type', type === '' || type.startsWith(';') ? `text/plain${type || ';charset=US-ASCII'}` : type]]);
  return fetchedResponse(200, 'OK', headers, new BodyState(new Uint8Array(bytes), null, bytes.length), urlList);
}

function percentDecode(text) {
  return Buffer.from(text.replace(/%([0-9a-fA-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
}

module.exports = { fetch };
