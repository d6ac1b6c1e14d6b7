'use strict';

// util.MIMEType and util.MIMEParams: the WHATWG MIME Sniffing "parse a MIME type" algorithm
// and its serialisation, with node 20's error messages.

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING = /[^\t\u0020-~\u0080-\u00FF]/;
const LEADING_WHITESPACE_END = /[^\r\n\t ]|$/;
const TRAILING_WHITESPACE = /[\r\n\t ]*$/;
const NAME_END = /[;=]|$/;
// $1: ended on a lone trailing backslash; $2: ended on the closing quote.
const QUOTED_VALUE = /^(?:(\\$)|\\[\s\S]|[^"])*(?:(")|$)/u;

const asciiLower = (str) => str.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
const trimEnd = (str) => str.slice(0, str.search(TRAILING_WHITESPACE));

function validToken(production, value) {
  const invalidIndex = value.search(NOT_TOKEN);
  if (value.length === 0 || invalidIndex !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, value, invalidIndex);
  return asciiLower(value);
}

// Returns [type, subtype, index where the parameters start].
function parseEssence(str) {
  const start = str.search(LEADING_WHITESPACE_END);
  const slash = str.indexOf('/', start);
  const type = slash === -1 ? str.slice(start) : str.slice(start, slash);
  const invalidTypeIndex = type.search(NOT_TOKEN);
  if (type === '' || invalidTypeIndex !== -1 || slash === -1) {
    throw new ERR_INVALID_MIME_SYNTAX('type', str, invalidTypeIndex);
  }
  const semicolon = str.indexOf(';', slash + 1);
  const rawSubtype = semicolon === -1 ? str.slice(slash + 1) : str.slice(slash + 1, semicolon);
  const subtype = trimEnd(rawSubtype);
  const invalidSubtypeIndex = subtype.search(NOT_TOKEN);
  if (subtype === '' || invalidSubtypeIndex !== -1) {
    throw new ERR_INVALID_MIME_SYNTAX('subtype', str, invalidSubtypeIndex);
  }
  const position = slash + 1 + rawSubtype.length + (semicolon === -1 ? 0 : 1);
  return [asciiLower(type), asciiLower(subtype), position];
}

function unescapeQuoted(str) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    if (str[i] === '\\' && i < str.length - 1) i++;
    out += str[i];
  }
  return out;
}

function serializeValue(value) {
  if (value.length === 0) return '""';
  if (value.search(NOT_TOKEN) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    return this.#data.has(name) ? this.#data.get(name) : null;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const invalidNameIndex = name.search(NOT_TOKEN);
    if (name.length === 0 || invalidNameIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, invalidNameIndex);
    }
    const invalidValueIndex = value.search(NOT_QUOTED_STRING);
    if (invalidValueIndex !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, invalidValueIndex);
    }
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out.length) out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  // Parameters that are malformed, repeated or empty are skipped, never an error.
  static parseInto(params, str, position) {
    const data = params.#data;
    const end = position + str.slice(position).search(TRAILING_WHITESPACE);
    while (position < end) {
      position += str.slice(position).search(LEADING_WHITESPACE_END);
      const nameEnd = position + str.slice(position).search(NAME_END);
      const name = asciiLower(str.slice(position, nameEnd));
      position = nameEnd;
      if (position < end) {
        const terminator = str[position];
        position++;
        if (terminator === ';') continue;
      }
      if (position >= end) break;
      let value;
      if (str[position] === '"') {
        position++;
        const match = QUOTED_VALUE.exec(str.slice(position));
        position += match[0].length;
        const inside = match[1] || match[2] ? match[0].slice(0, -1) : match[0];
        value = unescapeQuoted(inside);
        if (match[1]) value += '\\';
      } else {
        const semicolon = str.indexOf(';', position);
        const raw = semicolon === -1 ? str.slice(position) : str.slice(position, semicolon);
        position += raw.length;
        value = trimEnd(raw);
        if (value === '') continue;
      }
      if (name !== '' && name.search(NOT_TOKEN) === -1 &&
          value.search(NOT_QUOTED_STRING) === -1 && !data.has(name)) {
        data.set(name, value);
      }
      position++;
    }
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
const parseParams = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const [type, subtype, position] = parseEssence(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#params = new MIMEParams();
    parseParams(this.#params, string, position);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    this.#type = validToken('type', `${value}`);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    this.#subtype = validToken('subtype', `${value}`);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const essence = `${this.#type}/${this.#subtype}`;
    const params = this.#params.toString();
    return params.length ? `${essence};${params}` : essence;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
