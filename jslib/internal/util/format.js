'use strict';
// util.format / util.formatWithOptions: printf-like %s %d %i %f %j %o %O %c %%, then the
// remaining arguments inspected and joined by spaces.

const { formatNumber, formatBigInt, stylizeNoColor } = require('internal/util/inspect_number');
const { validateObject, kValidateObjectAllowArray } = require('internal/validators');

// inspect loads only for a value that needs it: strings and plain primitives print without it.
function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

// inspect(value, {}) of a number, boolean, null or undefined is its plain text, as long as
// nobody changed inspect.defaultOptions (colors, numericSeparator): no one can have before
// internal/util/inspect has loaded. Undefined when inspect must decide.
function plainText(value, inspectOptions) {
  if ((inspectOptions !== undefined && Object.keys(inspectOptions).length !== 0) ||
      require.loaded('internal/util/inspect')) return undefined;
  if (typeof value === 'number') return formatNumber(stylizeNoColor, value, false);
  if (typeof value === 'boolean' || value == null) return String(value);
  return undefined;
}

// Whether %s %d %i %f group digits: the options' numericSeparator, else inspect's default (which
// nobody can have changed before internal/util/inspect has loaded).
function numericSeparator(inspectOptions) {
  if (inspectOptions?.numericSeparator !== undefined) return inspectOptions.numericSeparator;
  return require.loaded('internal/util/inspect') &&
    require('internal/util/inspect').inspectDefaultOptions.numericSeparator;
}

// True when %s may print the object with inspect: its toString is a built-in one.
function hasBuiltInToString(value) {
  // A user Symbol.toPrimitive wins over inspection (Date's own one does not count).
  if (typeof value[Symbol.toPrimitive] === 'function' && !require('internal/util/types').isDate(value)) return false;
  if (typeof value.toString !== 'function') return true;
  if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!Object.prototype.hasOwnProperty.call(pointer, 'toString'));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    require('internal/util/inspect').builtInObjects.has(descriptor.value.name);
}

let circularMessage;
function isCircularError(err) {
  if (!(err instanceof TypeError)) return false;
  if (circularMessage === undefined) {
    // Learn this engine's wording for the cyclic-structure TypeError.
    try {
      const o = {};
      o.o = o;
      JSON.stringify(o);
    } catch (e) {
      circularMessage = String(e && e.message).split('\n')[0];
    }
  }
  const msg = String(err.message);
  return msg.includes('circular structure') || (circularMessage !== undefined && msg.startsWith(circularMessage));
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (isCircularError(err)) return '[Circular]';
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    let separator; // numericSeparator(inspectOptions), once a number is formatted
    const number = (n) => formatNumber(stylizeNoColor, n, separator ??= numericSeparator(inspectOptions));
    const bigint = (n) => formatBigInt(stylizeNoColor, n, separator ??= numericSeparator(inspectOptions));
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') tempStr = number(arg);
            else if (typeof arg === 'bigint') tempStr = bigint(arg);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) tempStr = String(arg);
            else tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = bigint(arg);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = number(Number(arg));
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = bigint(arg);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = number(Number.parseInt(arg));
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = number(Number.parseFloat(arg));
            break;
          }
          case 99: // 'c': CSS is consumed and dropped
            a += 1;
            tempStr = '';
            break;
          case 37: // '%%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value === 'string' ? value : plainText(value, inspectOptions) ?? inspect(value, inspectOptions);
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  format,
  formatWithOptions,
  formatWithOptionsInternal,
};
