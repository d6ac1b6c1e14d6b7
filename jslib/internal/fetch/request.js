'use strict';
// The fetch API's Request: a method, an absolute URL, headers, a body and the options fetch()
// follows (redirect mode, abort signal).

const { Headers } = require('internal/fetch/headers');
const { requireArguments } = require('internal/fetch/webidl');
const { kBody, BodyState, extractBody, mixinBody, cloneBody } = require('internal/fetch/body');

const kState = Symbol('request state');
const tokenRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Methods written in any case that mean the standard one.
const normalized = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const redirectModes = new Set(['follow', 'error', 'manual']);

class Request {
  constructor(input, init = {}) {
    requireArguments('Request constructor', arguments.length, 1);
    if (init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Request constructor: Expected init to be a dictionary.");
    }
    init ??= {};
    let state;
    if (input instanceof Request) {
      const from = input[kState];
      state = { ...from, headers: new Headers(from.headers) };
    } else {
      let url;
      try {
        url = new URL(`${input}`);
      } catch (cause) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause });
      }
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = { method: 'GET', url: url.href, headers: new Headers(), redirect: 'follow', signal: null };
    }
    if (init.method !== undefined) {
      let method = `${init.method}`;
      if (!tokenRegExp.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (normalized.has(upper)) method = upper;
      state.method = method;
    }
    if (init.redirect !== undefined) {
      if (!redirectModes.has(init.redirect)) {
        throw new TypeError(`Request constructor: ${init.redirect} is not an accepted type. Expected one of ` +
                            'follow, error, manual.');
      }
      state.redirect = init.redirect;
    }
    if (init.signal !== undefined && init.signal !== null) {
      if (typeof init.signal !== 'object' || typeof init.signal.aborted !== 'boolean') {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      state.signal = init.signal;
    }
    if (init.headers !== undefined) state.headers = new Headers(init.headers);
    this[kState] = state;
    // A Request made from another takes its body, which that one can then no longer use.
    this[kBody] = input instanceof Request ? takeBody(input) : null;
    const body = init.body;
    if ((body !== undefined && body !== null) || this[kBody] !== null) {
      if (state.method === 'GET' || state.method === 'HEAD') {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
    }
    if (body !== undefined && body !== null) {
      const [bodyState, type] = extractBody(body);
      if (bodyState.stream !== null && init.duplex !== 'half') {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      this[kBody] = bodyState;
      if (type !== null && !state.headers.has('content-type')) state.headers.append('content-type', type);
    }
  }

  get method() { return this[kState].method; }

  get url() { return this[kState].url; }

  get headers() { return this[kState].headers; }

  get redirect() { return this[kState].redirect; }

  get signal() {
    const state = this[kState];
    // A signal that never aborts, when none was given (as the spec's request always has one).
    state.signal ??= new AbortController().signal;
    return state.signal;
  }

  get duplex() { return 'half'; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = new Request(this.url);
    copy[kState] = { ...this[kState], headers: new Headers(this.headers) };
    copy[kBody] = this[kBody] === null ? null : cloneBody(this[kBody]);
    return copy;
  }

  get [Symbol.toStringTag]() {
    return 'Request';
  }
}

mixinBody(Request.prototype, (r) => r.headers.get('content-type'));

function takeBody(request) {
  const state = request[kBody];
  if (state === null) return null;
  if (request.bodyUsed) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
  state.used = true;
  return new BodyState(state.source, state.stream, state.length);
}

// What fetch() needs of a request: [state, body state or null].
function requestParts(request) {
  return [request[kState], request[kBody]];
}

module.exports = { Request, requestParts };
