'use strict';
// The Console class (node 20): formatting via util.formatWithOptions, group indentation,
// counters, timers and console.table's box drawing. Writes go through stream.write().

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { formatWithOptions } = require('internal/util/format');
const { directSink } = require('internal/process/stdio');

// inspect and its helpers load on first use: a console.log of strings and numbers needs none.
function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kWriteToConsole = Symbol('kWriteToConsole');
const kBindProperties = Symbol('kBindProperties');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');
const kStreamFor = Symbol('kStreamFor');

const optionsMap = new WeakMap();
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

const noop = () => {};

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force === 'false');
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function isStackOverflowError(err) {
  return err instanceof RangeError && /stack/i.test(String(err.message));
}

const consolePropAttributes = { writable: true, enumerable: false, configurable: true };

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // Callable without `new`, like node's.
  if (!new.target) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');

  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new ERR_INVALID_ARG_VALUE('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) validateInteger(groupIndentation, 'groupIndentation', 0, 1000);

  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Bind the prototype methods to this instance, so `const { log } = console` works;
  // taken from `this` so subclasses can override them.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = Function.prototype.bind.call(this[key], this);
    Object.defineProperty(this[key], 'name', { value: key });
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: this[kFormatForStderr](args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  // Only a TTY is cleared: cursor home, then erase to the end of the screen.
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\u001b[1;1H');
      this._stdout.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    return this.log(renderTable(this, tabularData, properties));
  },
};

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const ms = duration[0] * 1000 + duration[1] / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

const pad2 = (v) => String(v).padStart(2, '0');

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [sec, frac] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : minutes;
    return `${head}:${pad2(sec)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// --- console.table ---------------------------------------------------------------------

const kIndexKey = '(index)';
const kIterKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

function renderRow(row, widths) {
  const { getStringWidth } = require('internal/util/inspect_text');
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(widths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += ' │ ';
  }
  return `${out} │`;
}

function drawTable(head, columns) {
  const { getStringWidth } = require('internal/util/inspect_text');
  const rows = [];
  const widths = head.map((h) => getStringWidth(h));
  const longest = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      widths[i] = Math.max(widths[i] || 0, getStringWidth(value));
    }
  }
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let out = `┌${divider.join('┬')}┐\n${renderRow(head, widths)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  out += `└${divider.join('┴')}┘`;
  return out;
}

function renderTable(self, data, properties) {
  const { isMap, isSet, isMapIterator, isSetIterator } = require('internal/util/types');
  const cell = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...self[kGetInspectOptions](self._stdout) });
  };
  const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));

  // Iterators cannot be read without consuming them; walk a copy of what is left.
  if (isMapIterator(data) || isSetIterator(data)) data = [...data];

  if (isMap(data)) {
    const keys = [];
    const values = [];
    for (const { 0: k, 1: v } of data) {
      keys.push(cell(k));
      values.push(cell(v));
    }
    return drawTable([kIterKey, kKeyKey, kValuesKey], [indexColumn(keys.length), keys, values]);
  }
  if (isSet(data)) {
    const values = [];
    for (const v of data) values.push(cell(v));
    return drawTable([kIterKey, kValuesKey], [indexColumn(values.length), values]);
  }

  const map = Object.create(null);
  let hasPrimitives = false;
  const primitiveValues = [];
  const indexKeys = Object.keys(data);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = data[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = cell(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
        else map[key][i] = cell(item[key]);
      }
    }
  }
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) {
    head.push(kValuesKey);
    columns.push(primitiveValues);
  }
  head.unshift(kIndexKey);
  columns.unshift(indexKeys);
  return drawTable(head, columns);
}

// --- internals (non-enumerable, shared by Console and the global console) ------------------

function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    // A failed write must not take the process down: give the stream a no-op listener.
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && stream && !(stream._writableState && stream._writableState.errorEmitted)) {
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0 &&
          typeof stream.once === 'function') {
        stream.once('error', noop);
      }
    }
  };
}

const internals = {
  [kBindStreamsEager]: {
    ...consolePropAttributes,
    value(stdout, stderr) {
      Object.defineProperties(this, {
        '_stdout': { ...consolePropAttributes, value: stdout },
        '_stderr': { ...consolePropAttributes, value: stderr },
      });
    },
  },

  // The global console reaches process.stdout/stderr only on its first write.
  [kBindStreamsLazy]: {
    ...consolePropAttributes,
    value(object) {
      let stdout;
      let stderr;
      Object.defineProperties(this, {
        '_stdout': {
          enumerable: false,
          configurable: true,
          get() { return stdout ??= object.stdout; },
          set(value) { stdout = value; },
        },
        '_stderr': {
          enumerable: false,
          configurable: true,
          get() { return stderr ??= object.stderr; },
          set(value) { stderr = value; },
        },
        // Until a stream is read or set, a write may go straight to its fd (see directSink).
        [kStreamFor]: {
          ...consolePropAttributes,
          value(useStdout) {
            const sink = (useStdout ? stdout : stderr) === undefined ? directSink(useStdout ? 1 : 2) : undefined;
            return sink ?? (useStdout ? this._stdout : this._stderr);
          },
        },
      });
    },
  },

  [kBindProperties]: {
    ...consolePropAttributes,
    value(ignoreErrors, colorMode, groupIndentation = 2) {
      Object.defineProperties(this, {
        '_stdoutErrorHandler': { ...consolePropAttributes, value: createWriteErrorHandler(this, kUseStdout) },
        '_stderrErrorHandler': { ...consolePropAttributes, value: createWriteErrorHandler(this, kUseStderr) },
        '_ignoreErrors': { ...consolePropAttributes, value: Boolean(ignoreErrors) },
        '_times': { ...consolePropAttributes, value: new Map() },
        [kCounts]: { ...consolePropAttributes, value: new Map() },
        [kColorMode]: { ...consolePropAttributes, value: colorMode },
        [kIsConsole]: { ...consolePropAttributes, value: true },
        [kGroupIndent]: { ...consolePropAttributes, value: '' },
        [kGroupIndentationWidth]: { ...consolePropAttributes, value: groupIndentation },
        [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'console' },
      });
    },
  },

  [kWriteToConsole]: {
    ...consolePropAttributes,
    value(streamSymbol, string) {
      const ignoreErrors = this._ignoreErrors;
      const groupIndent = this[kGroupIndent];
      const useStdout = streamSymbol === kUseStdout;
      const stream = this[kStreamFor](useStdout);
      const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;

      if (groupIndent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
        string = groupIndent + string;
      }
      string += '\n';

      if (ignoreErrors === false) return stream.write(string);

      // Errors may come synchronously (files, TTYs) or later (pipes): catch both.
      const canListen = typeof stream.listenerCount === 'function' && typeof stream.once === 'function' &&
        typeof stream.removeListener === 'function';
      try {
        if (canListen && stream.listenerCount('error') === 0) stream.once('error', noop);
        stream.write(string, errorHandler);
      } catch (e) {
        if (isStackOverflowError(e)) throw e;
      } finally {
        if (canListen) stream.removeListener('error', noop);
      }
    },
  },

  [kStreamFor]: {
    ...consolePropAttributes,
    value(useStdout) {
      return useStdout ? this._stdout : this._stderr;
    },
  },

  [kGetInspectOptions]: {
    ...consolePropAttributes,
    value(stream) {
      let color = this[kColorMode];
      if (color === 'auto') color = shouldColorize(stream);
      const options = optionsMap.get(this);
      if (options) {
        if (options.colors === undefined) options.colors = color;
        return options;
      }
      return color ? kColorInspectOptions : kNoColorInspectOptions;
    },
  },

  [kFormatForStdout]: {
    ...consolePropAttributes,
    value(args) {
      return Reflect.apply(formatWithOptions, null, [this[kGetInspectOptions](this[kStreamFor](true)), ...args]);
    },
  },

  [kFormatForStderr]: {
    ...consolePropAttributes,
    value(args) {
      return Reflect.apply(formatWithOptions, null, [this[kGetInspectOptions](this[kStreamFor](false)), ...args]);
    },
  },
};

Object.defineProperties(Console.prototype, internals);
Object.assign(Console.prototype, consoleMethods);
Console.prototype.debug = Console.prototype.log;
Console.prototype.info = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.error = Console.prototype.warn;
Console.prototype.groupCollapsed = Console.prototype.group;

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && (typeof instance === 'object' || typeof instance === 'function') &&
      instance[kIsConsole] === true;
  },
});

// The global console: a plain object (prototype `{}`) holding bound copies of the
// methods, with streams taken from `process` on first use.
function createGlobalConsole() {
  const globalConsole = { __proto__: {} };
  for (const prop of Reflect.ownKeys(Console.prototype)) {
    if (prop === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
    if (typeof desc.value === 'function') {
      desc.value = Function.prototype.bind.call(desc.value, globalConsole);
      Reflect.defineProperty(desc.value, 'name', { value: prop });
    }
    Reflect.defineProperty(globalConsole, prop, desc);
  }
  globalConsole[kBindProperties](true, 'auto');
  globalConsole[kBindStreamsLazy](process);
  globalConsole.Console = Console;
  // Inspector-only methods are no-ops without an inspector.
  for (const name of ['profile', 'profileEnd', 'timeStamp', 'context']) {
    globalConsole[name] = function() {};
    Object.defineProperty(globalConsole[name], 'name', { value: name });
  }
  globalConsole.context = function context() {
    return createGlobalConsole();
  };
  globalConsole.createTask = function createTask() {
    return { run(fn) { return fn(); } };
  };
  return globalConsole;
}

module.exports = {
  Console,
  createGlobalConsole,
  kBindStreamsLazy,
  kBindProperties,
  kWriteToConsole,
  formatTime,
};
