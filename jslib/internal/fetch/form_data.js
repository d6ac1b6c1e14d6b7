'use strict';
// FormData (XHR's, which fetch bodies take and give): an ordered list of name -> string or File,
// sent as multipart/form-data and read back from it or from application/x-www-form-urlencoded.

const { requireArguments, requireFunction } = require('internal/fetch/webidl');
const { Blob, Buffer, File } = require('buffer');
const { URLSearchParams } = require('url');

const kEntries = Symbol('form data entries');

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkArgs(this, 'append', arguments.length, 2);
    this[kEntries].push(entry(name, value, filename, arguments.length));
  }

  set(name, value, filename = undefined) {
    checkArgs(this, 'set', arguments.length, 2);
    const e = entry(name, value, filename, arguments.length);
    const list = this[kEntries];
    const at = list.findIndex(([n]) => n === e[0]);
    if (at === -1) {
      list.push(e);
    } else {
      list[at] = e;
      this[kEntries] = list.filter(([n], i) => i <= at || n !== e[0]);
    }
  }

  delete(name) {
    checkArgs(this, 'delete', arguments.length, 1);
    name = `${name}`;
    this[kEntries] = this[kEntries].filter(([n]) => n !== name);
  }

  get(name) {
    checkArgs(this, 'get', arguments.length, 1);
    name = `${name}`;
    return this[kEntries].find(([n]) => n === name)?.[1] ?? null;
  }

  getAll(name) {
    checkArgs(this, 'getAll', arguments.length, 1);
    name = `${name}`;
    return this[kEntries].filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name) {
    checkArgs(this, 'has', arguments.length, 1);
    name = `${name}`;
    return this[kEntries].some(([n]) => n === name);
  }

  forEach(callback, thisArg = undefined) {
    checkArgs(this, 'forEach', arguments.length, 1);
    requireFunction('FormData', 'forEach', callback);
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  * entries() {
    for (const [name, value] of this[kEntries]) yield [name, value];
  }

  * keys() {
    for (const [name] of this[kEntries]) yield name;
  }

  * values() {
    for (const [, value] of this[kEntries]) yield value;
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'FormData';
  }
}

function checkArgs(form, method, given, needed) {
  if (!(form instanceof FormData)) throw new TypeError('Illegal invocation');
  requireArguments(`FormData.${method}`, given, needed);
}

function entry(name, value, filename, given) {
  name = `${name}`;
  if (value instanceof Blob) {
    const fileName = filename !== undefined ? `${filename}` : (value instanceof File ? value.name : 'blob');
    if (!(value instanceof File) || filename !== undefined) {
      value = new File([value], fileName, { type: value.type, lastModified: value.lastModified });
    }
    return [name, value];
  }
  if (given > 2) {
    throw new TypeError("FormData.append: Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'");
  }
  return [name, `${value}`];
}

const escapeName = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const normalizeNewlines = (s) => s.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n');

// multipart/form-data, as undici writes it: [body parts (strings and Blobs), content type].
function encodeMultipart(form) {
  const boundary = `----formdata-jnode-${`${Math.random()}`.slice(2, 13).padStart(11, '0')}`;
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(normalizeNewlines(name))}"`;
    if (typeof value === 'string') {
      parts.push(`${head}\r\n\r\n${normalizeNewlines(value)}\r\n`);
    } else {
      parts.push(`${head}; filename="${escapeName(value.name)}"\r\n` +
                 `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`, value, '\r\n');
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return [new Blob(parts), `multipart/form-data; boundary=${boundary}`];
}

// A body read back as FormData: urlencoded, or multipart with the boundary its type names.
function decodeFormData(bytes, contentType) {
  const form = new FormData();
  const type = contentType ?? '';
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) {
    for (const [name, value] of new URLSearchParams(Buffer.from(bytes).toString('utf8'))) form.append(name, value);
    return form;
  }
  const boundary = /^multipart\/form-data\b.*;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  if (boundary === null) throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  const text = Buffer.from(bytes).toString('latin1');
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  const sections = text.split(delimiter);
  if (sections.length < 2 || !sections[sections.length - 1].startsWith('--')) {
    throw new TypeError('Failed to parse body as FormData.');
  }
  for (const section of sections.slice(1, -1)) {
    const headEnd = section.indexOf('\r\n\r\n');
    if (!section.startsWith('\r\n') || headEnd === -1) throw new TypeError('Failed to parse body as FormData.');
    const head = section.slice(2, headEnd);
    const data = Buffer.from(section.slice(headEnd + 4, section.endsWith('\r\n') ? -2 : undefined), 'latin1');
    const name = /;\s*name="([^"]*)"/i.exec(head);
    if (name === null) throw new TypeError('Failed to parse body as FormData.');
    const file = /;\s*filename="([^"]*)"/i.exec(head);
    const partType = /^content-type:\s*(.*)$/im.exec(head);
    const fieldName = Buffer.from(name[1], 'latin1').toString('utf8');
    if (file === null) {
      form.append(fieldName, data.toString('utf8'));
    } else {
      form.append(fieldName, new File([data], Buffer.from(file[1], 'latin1').toString('utf8'),
                                      { type: partType?.[1].trim() ?? '' }));
    }
  }
  return form;
}

module.exports = { FormData, encodeMultipart, decodeFormData };
