'use strict';
// WHATWG URL and URLSearchParams (node 20's API surface and errors), plus the file-URL
// helpers. Parsing lives in internal/url/parser.js.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,

    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const P = require('internal/url/parser');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
let inspectFn;
function inspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

// Strings as WebIDL USVString: lone surrogates become U+FFFD.
function toUSVString(value) {
  const str = `${value}`;
  return typeof str.toWellFormed === 'function' ? str.toWellFormed() :
    str.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// --- application/x-www-form-urlencoded --------------------------------------------------------

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function parseUrlencoded(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq === -1 ? sequence : sequence.slice(0, eq);
    const value = eq === -1 ? '' : sequence.slice(eq + 1);
    list.push(
      utf8.decode(P.percentDecodeBytes(name.replace(/\+/g, ' '))),
      utf8.decode(P.percentDecodeBytes(value.replace(/\+/g, ' '))));
  }
  return list;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += P.percentEncode(list[i], P.inFormUrlencoded, true) + '=' + P.percentEncode(list[i + 1], P.inFormUrlencoded, true);
  }
  return out;
}

// --- URLSearchParams ---------------------------------------------------------------------------

const kList = Symbol('query');
const kURL = Symbol('context');

function isURLSearchParams(self) {
  return self != null && typeof self === 'object' && Array.isArray(self[kList]);
}

function checkThis(self) {
  if (!isURLSearchParams(self)) throw new ERR_INVALID_THIS('URLSearchParams');
}

class URLSearchParams {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: [], writable: true });
    Object.defineProperty(this, kURL, { value: null, writable: true });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const converted = [];
          for (const element of pair) converted.push(toUSVString(element));
          if (converted.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push(converted[0], converted[1]);
        }
      } else {
        // A record: own enumerable keys; keys equal after USV conversion keep the last value.
        const visited = new Map();
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const typedKey = toUSVString(key);
          const typedValue = toUSVString(init[key]);
          if (visited.has(typedKey)) {
            this[kList][visited.get(typedKey)] = typedValue;
          } else {
            visited.set(typedKey, this[kList].length + 1);
            this[kList].push(typedKey, typedValue);
          }
        }
      }
    } else {
      init = toUSVString(init);
      this[kList] = parseUrlencoded(init[0] === '?' ? init.slice(1) : init);
    }
  }

  get size() {
    checkThis(this);
    return this[kList].length / 2;
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push(toUSVString(name), toUSVString(value));
    update(this);
  }

  delete(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    update(this);
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this[kList];
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    update(this);
  }

  sort() {
    checkThis(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable sort by UTF-16 code units of the name.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kList] = pairs.flat();
    update(this);
  }

  entries() {
    checkThis(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    validateFunction(callback, 'callback');
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this[kList];
    }
  }

  keys() {
    checkThis(this);
    return createIterator(this, 'key');
  }

  values() {
    checkThis(this);
    return createIterator(this, 'value');
  }

  toString() {
    checkThis(this);
    return serializeUrlencoded(this[kList]);
  }

  [kInspect](recurseTimes, ctx) {
    checkThis(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this[kList];
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    return formatEntries(this.constructor.name, output, ctx);
  }
}

// eslint-disable-next-line no-control-regex
const stripColors = (s) => s.replace(/\u001b\[\d\d?m/g, '');

function formatEntries(name, output, ctx) {
  const length = output.reduce((prev, cur) => prev + stripColors(cur).length + 2, -2);
  if (length > (ctx && ctx.breakLength !== undefined ? ctx.breakLength : 80)) {
    return `${name} {\n  ${output.join(',\n  ')} }`;
  } else if (output.length) {
    return `${name} { ${output.join(', ')} }`;
  }
  return `${name} {}`;
}

Object.defineProperties(URLSearchParams.prototype, {
  [Symbol.iterator]: { value: URLSearchParams.prototype.entries, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: 'URLSearchParams', configurable: true },
});
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach',
  'keys', 'values', 'toString', 'size']) {
  const desc = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, desc);
}

// Pushes the list back into the owning URL's query.
function update(params) {
  const url = params[kURL];
  if (url === null) return;
  const serialized = serializeUrlencoded(params[kList]);
  url[kRecord].query = serialized === '' ? null : serialized;
  url[kHref] = P.serializeURL(url[kRecord]);
}

const kIterTarget = Symbol('target');
const kIterKind = Symbol('kind');
const kIterIndex = Symbol('index');

const URLSearchParamsIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    value: function next() {
      if (typeof this !== 'object' || this === null || !(kIterTarget in this)) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      const list = this[kIterTarget][kList];
      const index = this[kIterIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIterIndex] = index + 2;
      const kind = this[kIterKind];
      const value = kind === 'key' ? list[index] : kind === 'value' ? list[index + 1] : [list[index], list[index + 1]];
      return { value, done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [kInspect]: {
    value: function(recurseTimes, ctx) {
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const list = this[kIterTarget][kList];
      const kind = this[kIterKind];
      const output = [];
      for (let i = this[kIterIndex]; i < list.length; i += 2) {
        if (kind === 'key') output.push(inspect(list[i], innerOpts));
        else if (kind === 'value') output.push(inspect(list[i + 1], innerOpts));
        else output.push(inspect([list[i], list[i + 1]], innerOpts));
      }
      return formatEntries('URLSearchParams Iterator', output, ctx);
    },
    writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});

function createIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  it[kIterTarget] = target;
  it[kIterKind] = kind;
  it[kIterIndex] = 0;
  return it;
}

// --- URL -----------------------------------------------------------------------------------------

const kRecord = Symbol('record');
const kHref = Symbol('href');
const kParams = Symbol('searchParams');

function isURL(self) {
  return self != null && typeof self === 'object' && self[kRecord] !== undefined;
}

// Node's URL keeps its state in private fields, so the brand check is V8's own TypeError.
function checkURL(self) {
  if (!isURL(self)) throw new TypeError('Receiver must be an instance of class URL');
}

function parseOrThrow(input, base, hasBase) {
  let baseRecord = null;
  if (hasBase) {
    baseRecord = P.basicParse(base);
    if (baseRecord === null) throw new ERR_INVALID_URL(input, base);
  }
  const record = P.basicParse(input, baseRecord);
  if (record === null) throw hasBase ? new ERR_INVALID_URL(input, base) : new ERR_INVALID_URL(input);
  return record;
}

function setRecord(url, record) {
  url[kRecord] = record;
  url[kHref] = P.serializeURL(record);
  const params = url[kParams];
  if (params !== undefined) params[kList] = record.query ? parseUrlencoded(record.query) : [];
}

// Runs a setter parse on a copy; commits only when the parser succeeded.
function applySetter(url, input, state, prepare) {
  const copy = P.cloneRecord(url[kRecord]);
  if (prepare && prepare(copy) === false) return;
  const result = P.basicParse(input, null, copy, state);
  if (result) setRecord(url, copy);
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    const hasBase = base !== undefined;
    if (hasBase) base = toUSVString(base);
    Object.defineProperty(this, kRecord, { value: undefined, writable: true });
    Object.defineProperty(this, kHref, { value: '', writable: true });
    Object.defineProperty(this, kParams, { value: undefined, writable: true });
    setRecord(this, parseOrThrow(input, base, hasBase));
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = P.basicParse(toUSVString(base));
      if (baseRecord === null) return false;
    }
    return P.basicParse(url, baseRecord) !== null;
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return base === undefined ? new URL(url) : new URL(url, base);
    } catch {
      return null;
    }
  }

  toString() {
    checkURL(this);
    return this[kHref];
  }

  get href() {
    checkURL(this);
    return this[kHref];
  }

  set href(value) {
    checkURL(this);
    value = toUSVString(value);
    const record = P.basicParse(value);
    if (record === null) throw new ERR_INVALID_URL(value);
    setRecord(this, record);
  }

  get origin() {
    checkURL(this);
    return P.serializeOrigin(this[kRecord]);
  }

  get protocol() {
    checkURL(this);
    return this[kRecord].scheme + ':';
  }

  set protocol(value) {
    checkURL(this);
    applySetter(this, toUSVString(value) + ':', 'scheme start');
  }

  get username() {
    checkURL(this);
    return this[kRecord].username;
  }

  set username(value) {
    checkURL(this);
    const r = this[kRecord];
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    const copy = P.cloneRecord(r);
    copy.username = P.percentEncode(toUSVString(value), P.inUserinfo);
    setRecord(this, copy);
  }

  get password() {
    checkURL(this);
    return this[kRecord].password;
  }

  set password(value) {
    checkURL(this);
    const r = this[kRecord];
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    const copy = P.cloneRecord(r);
    copy.password = P.percentEncode(toUSVString(value), P.inUserinfo);
    setRecord(this, copy);
  }

  get host() {
    checkURL(this);
    const r = this[kRecord];
    if (r.host === null) return '';
    return r.port === null ? r.host : `${r.host}:${r.port}`;
  }

  set host(value) {
    checkURL(this);
    if (typeof this[kRecord].path === 'string') return;
    applySetter(this, toUSVString(value), 'host');
  }

  get hostname() {
    checkURL(this);
    const r = this[kRecord];
    return r.host === null ? '' : r.host;
  }

  set hostname(value) {
    checkURL(this);
    if (typeof this[kRecord].path === 'string') return;
    applySetter(this, toUSVString(value), 'hostname');
  }

  get port() {
    checkURL(this);
    const r = this[kRecord];
    return r.port === null ? '' : String(r.port);
  }

  set port(value) {
    checkURL(this);
    const r = this[kRecord];
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    value = toUSVString(value);
    if (value === '') {
      const copy = P.cloneRecord(r);
      copy.port = null;
      setRecord(this, copy);
      return;
    }
    applySetter(this, value, 'port');
  }

  get pathname() {
    checkURL(this);
    return P.serializePath(this[kRecord]);
  }

  set pathname(value) {
    checkURL(this);
    if (typeof this[kRecord].path === 'string') return;
    applySetter(this, toUSVString(value), 'path start', (copy) => {
      copy.path = [];
    });
  }

  get search() {
    checkURL(this);
    const q = this[kRecord].query;
    return q === null || q === '' ? '' : '?' + q;
  }

  set search(value) {
    checkURL(this);
    value = toUSVString(value);
    const copy = P.cloneRecord(this[kRecord]);
    if (value === '') {
      copy.query = null;
      setRecord(this, copy);
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    copy.query = '';
    P.basicParse(input, null, copy, 'query');
    setRecord(this, copy);
  }

  get searchParams() {
    checkURL(this);
    if (this[kParams] === undefined) {
      const params = new URLSearchParams();
      params[kURL] = this;
      params[kList] = this[kRecord].query ? parseUrlencoded(this[kRecord].query) : [];
      this[kParams] = params;
    }
    return this[kParams];
  }

  get hash() {
    checkURL(this);
    const f = this[kRecord].fragment;
    return f === null || f === '' ? '' : '#' + f;
  }

  set hash(value) {
    checkURL(this);
    value = toUSVString(value);
    const copy = P.cloneRecord(this[kRecord]);
    if (value === '') {
      copy.fragment = null;
      setRecord(this, copy);
      return;
    }
    copy.fragment = '';
    P.basicParse(value[0] === '#' ? value.slice(1) : value, null, copy, 'fragment');
    setRecord(this, copy);
  }

  toJSON() {
    checkURL(this);
    return this[kHref];
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = (this && this.constructor) || URL;
    const obj = Object.create({ constructor });
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${inspect(obj, opts)}`;
  }

  static createObjectURL() {
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', arguments[0]);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  }
}

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname',
  'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, name, desc);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
  const desc = Object.getOwnPropertyDescriptor(URL, name);
  desc.enumerable = true;
  Object.defineProperty(URL, name, desc);
}

// --- file URLs and http options -----------------------------------------------------------------

// Duck-typed as node does, so URL objects from other realms pass.
function isURLInstance(value) {
  return Boolean(value && value.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURLInstance(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

// Characters a path may hold that the URL path setter would not escape, or would drop.
function encodePathChars(filepath) {
  return filepath
    .replace(/%/g, '%25')
    .replace(/\\/g, '%5C')
    .replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D')
    .replace(/\t/g, '%09');
}

function pathToFileURL(filepath) {
  const { validateString } = require('internal/validators');
  validateString(filepath, 'path');
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath[filepath.length - 1] === '/' && resolved[resolved.length - 1] !== '/') resolved += '/';
  const outURL = new URL('file://');
  // '?' and '#' would start a query or fragment when set through pathname.
  outURL.pathname = encodePathChars(resolved).replace(/\?/g, '%3F').replace(/#/g, '%23');
  return outURL;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return P.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return P.domainToUnicode(`${domain}`);
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  isURLInstance,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
  toUSVString,
  encodeStr: P.percentEncode,
};
