'use strict';
// DOMException (WebIDL): name/message/code are prototype getters over internal slots, the legacy
// code constants sit on both the class and the prototype, and the prototype chains to Error's.

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');

const slots = new WeakMap();

// Legacy names with their numeric codes (WebIDL's table); every other name has code 0.
const legacy = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  [null, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  [null, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  [null, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const nameToCode = new Map();
for (const [name, , code] of legacy) if (name) nameToCode.set(name, code);

function invalidThis() {
  const err = new ERR_INVALID_THIS('DOMException');
  // node's wording here omits "type"
  err.message = 'Value of "this" must be of DOMException';
  return err;
}

function internals(self) {
  const s = slots.get(self);
  if (s === undefined) throw invalidThis();
  return s;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(this);
    let name;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      name = `${options}`;
    }
    slots.set(this, { message: `${message}`, name });
    // The stack's header is computed lazily by some engines: pin it to `name: message`.
    const stack = this.stack;
    if (typeof stack === 'string') {
      const nl = stack.indexOf('\n    at ');
      const header = message === '' || `${message}` === '' ? name : `${name}: ${message}`;
      Object.defineProperty(this, 'stack', {
        value: nl === -1 ? header : header + stack.slice(nl),
        configurable: true, writable: true, enumerable: false,
      });
    }
  }

  get name() {
    return internals(this).name;
  }

  get message() {
    return internals(this).message;
  }

  get code() {
    return nameToCode.get(internals(this).name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  d.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, d);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', configurable: true, writable: false, enumerable: false,
});
for (const [, constant, code] of legacy) {
  const desc = { enumerable: true, value: code, writable: false, configurable: false };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

module.exports = { DOMException };
