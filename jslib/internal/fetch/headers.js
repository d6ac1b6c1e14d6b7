'use strict';
// The fetch API's Headers (WHATWG Fetch, as node's undici has it): names are case-blind and kept
// lower-cased, a name's values read back joined with ', ' (set-cookie's also one by one, through
// getSetCookie), and iteration goes by name in sorted order.

const { requireArguments, requireFunction } = require('internal/fetch/webidl');

const kList = Symbol('headers list');
const kGuard = Symbol('headers guard');
const tokenRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Leading and trailing HTTP whitespace is dropped from a value; NUL, CR and LF make it invalid.
const edgeWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const invalidValue = /[\0\r\n]/;

function normalizeName(method, name) {
  name = `${name}`;
  if (!tokenRegExp.test(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  return name.toLowerCase();
}

function normalizeValue(method, value) {
  value = `${value}`.replace(edgeWhitespace, '');
  if (invalidValue.test(value)) throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
  return value;
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map(); // lower-cased name -> { name as first given, values in the order they came }
    this[kGuard] = 'none';
    if (init === undefined || init === null) {
      if (init === null) throw new TypeError('Headers constructor: Expected init to be an object.');
      return;
    }
    if (typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError('Headers constructor: Expected init to be an object.');
    }
    if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const entry = typeof pair === 'string' ? null : [...pair];
        if (entry === null || entry.length !== 2) {
          throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' +
                              `${entry === null ? pair.length : entry.length}.`);
        }
        this.append(entry[0], entry[1]);
      }
    } else {
      for (const name of Reflect.ownKeys(init)) {
        if (typeof name === 'symbol') continue;
        const desc = Reflect.getOwnPropertyDescriptor(init, name);
        if (desc?.enumerable) this.append(name, init[name]);
      }
    }
  }

  append(name, value) {
    checkArgs(this, 'append', arguments.length, 2);
    const key = normalizeName('append', name);
    const v = normalizeValue('append', value);
    checkMutable(this);
    const entry = this[kList].get(key);
    if (entry) entry.values.push(v);
    else this[kList].set(key, { name: `${name}`, values: [v] });
  }

  set(name, value) {
    checkArgs(this, 'set', arguments.length, 2);
    const key = normalizeName('set', name);
    const v = normalizeValue('set', value);
    checkMutable(this);
    this[kList].set(key, { name: `${name}`, values: [v] });
  }

  delete(name) {
    checkArgs(this, 'delete', arguments.length, 1);
    const key = normalizeName('delete', name);
    checkMutable(this);
    this[kList].delete(key);
  }

  get(name) {
    checkArgs(this, 'get', arguments.length, 1);
    const entry = this[kList].get(normalizeName('get', name));
    return entry === undefined ? null : entry.values.join(', ');
  }

  has(name) {
    checkArgs(this, 'has', arguments.length, 1);
    return this[kList].has(normalizeName('has', name));
  }

  getSetCookie() {
    checkArgs(this, 'getSetCookie', 0, 0);
    return [...(this[kList].get('set-cookie')?.values ?? [])];
  }

  forEach(callback, thisArg = undefined) {
    checkArgs(this, 'forEach', arguments.length, 1);
    requireFunction('Headers', 'forEach', callback);
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  * entries() {
    checkArgs(this, 'entries', 0, 0);
    const list = this[kList];
    for (const name of [...list.keys()].sort()) {
      const values = list.get(name)?.values;
      if (values === undefined) continue; // deleted while iterating
      if (name === 'set-cookie') {
        for (const v of values) yield [name, v];
      } else {
        yield [name, values.join(', ')];
      }
    }
  }

  * keys() {
    for (const [name] of this.entries()) yield name;
  }

  * values() {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'Headers';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const shown = {};
    for (const { name, values } of this[kList].values()) shown[name] = values.join(', ');
    return `Headers ${inspect(shown, options)}`;
  }
}

function checkArgs(headers, method, given, needed) {
  if (!(headers instanceof Headers) || headers[kList] === undefined) throw new TypeError('Illegal invocation');
  requireArguments(`Headers.${method}`, given, needed);
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

// Headers that can no longer change: a fetch's response's.
function freezeHeaders(headers) {
  headers[kGuard] = 'immutable';
  return headers;
}

// Headers as http.request takes them: each lower-cased name -> its values joined.
function toRequestHeaders(headers) {
  const out = {};
  for (const [name, { values }] of headers[kList]) out[name] = values.length === 1 ? values[0] : values.join(', ');
  return out;
}

module.exports = { Headers, freezeHeaders, toRequestHeaders };
