'use strict';
// The fetch API's Response: a status, headers and a body (internal/fetch/body.js), made by
// script or by fetch().

const { Headers, freezeHeaders } = require('internal/fetch/headers');
const { kBody, extractBody, mixinBody, cloneBody } = require('internal/fetch/body');

const kState = Symbol('response state');
const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const reasonPhrase = /^[\t\x20-\x7e\x80-\xff]*$/;

class Response {
  constructor(body = null, init = {}) {
    if (init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Response constructor: Expected init to be a dictionary.");
    }
    init ??= {};
    const status = init.status === undefined ? 200 : toUint16(init.status);
    if (status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    const statusText = init.statusText === undefined ? '' : `${init.statusText}`;
    if (!reasonPhrase.test(statusText)) throw new TypeError('Invalid statusText');
    this[kState] = { type: 'default', status, statusText, urlList: [], headers: new Headers(init.headers) };
    this[kBody] = null;
    if (body !== null && body !== undefined) {
      if (nullBodyStatus.has(status)) throw new TypeError(`Response constructor: Invalid response status code ${status}`);
      const [state, type] = extractBody(body);
      this[kBody] = state;
      if (type !== null && !this.headers.has('content-type')) this.headers.append('content-type', type);
    }
  }

  static error() {
    const r = new Response(null, { status: 200 });
    Object.assign(r[kState], { type: 'error', status: 0 });
    freezeHeaders(r.headers);
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    r.headers.set('content-type', 'application/json');
    return r;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause });
    }
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status });
    r.headers.set('location', parsed.href);
    freezeHeaders(r.headers);
    return r;
  }

  get type() { return this[kState].type; }

  get headers() { return this[kState].headers; }

  get url() {
    const list = this[kState].urlList;
    return list.length === 0 ? '' : stripFragment(list[list.length - 1]);
  }

  get redirected() { return this[kState].urlList.length > 1; }

  get status() { return this[kState].status; }

  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }

  get statusText() { return this[kState].statusText; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = new Response(null, { status: 200 });
    copy[kState] = { ...this[kState], urlList: [...this[kState].urlList], headers: new Headers(this.headers) };
    copy[kBody] = this[kBody] === null ? null : cloneBody(this[kBody]);
    return copy;
  }

  get [Symbol.toStringTag]() {
    return 'Response';
  }
}

mixinBody(Response.prototype, (r) => r.headers.get('content-type'));

function toUint16(value) {
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) & 0xffff : 0;
}

function stripFragment(href) {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

// A response fetch() received: its headers frozen, its URL list the redirects it followed.
function fetchedResponse(status, statusText, headers, bodyState, urlList) {
  const r = new Response(null, { status: 200 });
  r[kState] = { type: 'basic', status, statusText, urlList, headers: freezeHeaders(headers) };
  r[kBody] = bodyState;
  return r;
}

module.exports = { Response, fetchedResponse, nullBodyStatus, redirectStatus };
