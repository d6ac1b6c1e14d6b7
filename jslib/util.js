'use strict';
// The public `util` module (node 20).

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  errnoException,
  exceptionWithHostPort,
  uvErrmapGet,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateOneOf,
  validateNumber,
  validateObject,
  validateString,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/validators');
const { inspect, format, formatWithOptions } = require('internal/util/inspect');
const { stripVTControlCharacters } = require('internal/util/inspect_text');
const types = require('internal/util/types');
const { deprecate } = require('internal/util/deprecate');

// --- inherits / _extend -------------------------------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// --- promisify / callbackify --------------------------------------------------------------

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Built-ins whose callbacks pass several values mark the names here (dns.lookup, exec...).
const kCustomPromisifyArgsSymbol = Symbol.for('jnode.util.promisify.customArgs');

function copyDescriptors(target, source) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return descriptors;
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return Object.defineProperties(fn, copyDescriptors(fn, original));
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection still has to reach the callback as an error.
  if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = copyDescriptors(callbackified, original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// --- debuglog -----------------------------------------------------------------------------

let debugPattern;
const debugImpls = Object.create(null);

function debugEnabled(set) {
  if (debugPattern === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const src = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      debugPattern = new RegExp(`^${src}$`, 'i');
    } else {
      debugPattern = null;
    }
  }
  return debugPattern !== null && debugPattern.test(set);
}

function getColorDepth(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === '1' || force === 'true') return 4;
    if (force === '2') return 8;
    if (force === '3') return 24;
    return 1;
  }
  if (stream && typeof stream.getColorDepth === 'function') return stream.getColorDepth();
  return 4;
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return getColorDepth(stream) > 2;
  return !!(stream && stream.isTTY) && getColorDepth(stream) > 2;
}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning(`Setting the NODE_DEBUG environment variable to '${set.toLowerCase()}' ` +
          'can expose sensitive data (such as passwords, tokens and authentication headers) ' +
          'in the resulting log.');
      }
      debugImpls[set] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = function debug() {};
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  let enabled;
  function init() {
    set = set.toUpperCase();
    enabled = debugEnabled(set);
  }
  let debug = (...args) => {
    init();
    // Swap in the real logger on first use, so NODE_DEBUG is read lazily.
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return Reflect.apply(debug, undefined, args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => Reflect.apply(debug, undefined, args);
  Object.defineProperty(logger, 'enabled', {
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// --- errors -------------------------------------------------------------------------------

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  const { uvErrors } = require('internal/errno_table');
  return uvErrors;
}

// --- strings --------------------------------------------------------------------------------

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    // Required here: stream helpers are not needed to load util.
    const { isNodeStream, isReadableStream, isWritableStream } = require('internal/streams/utils');
    if (!isReadableStream(stream) && !isWritableStream(stream) && !isNodeStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const codesOf = (key) => {
    const code = inspect.colors[key];
    if (code == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
    return code;
  };
  if (Array.isArray(format)) {
    // node 20 colors arrays of formats whatever the stream.
    let left = '';
    let right = '';
    for (const key of format) {
      const code = codesOf(key);
      left += `\u001b[${code[0]}m`;
      right = `\u001b[${code[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const code = codesOf(format);
  if (skipColorize) return text;
  return `\u001b[${code[0]}m${text}\u001b[${code[1]}m`;
}

// --- legacy type checks -----------------------------------------------------------------------

function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); }
function isError(arg) { return types.isNativeError(arg) || arg instanceof Error; }
function isBuffer(arg) { return require('buffer').Buffer.isBuffer(arg); }

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');

function log(...args) {
  const d = new Date();
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

// --- misc -------------------------------------------------------------------------------------

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function _errnoException(...args) {
  return errnoException(...args);
}

function _exceptionWithHostPort(...args) {
  return exceptionWithHostPort(...args);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
};

// Globals and modules owned elsewhere are looked up on access, so loading util stays cheap
// and does not fail while they are still missing.
function defineLazy(name, load) {
  Object.defineProperty(module.exports, name, {
    get() {
      const value = load();
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
    },
    configurable: true,
    enumerable: true,
  });
}
defineLazy('TextEncoder', () => globalThis.TextEncoder);
defineLazy('TextDecoder', () => globalThis.TextDecoder);
defineLazy('parseArgs', () => require('internal/util/parse_args').parseArgs);
defineLazy('MIMEType', () => require('internal/util/mime').MIMEType);
defineLazy('MIMEParams', () => require('internal/util/mime').MIMEParams);
