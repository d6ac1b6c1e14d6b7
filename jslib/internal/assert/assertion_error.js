'use strict';
// AssertionError: the error every failed assert throws. Its generated messages (the
// `+ actual - expected` line diff, `1 !== 2`, `should loosely deep-equal`, ...) follow node 20
// character for character, because tests compare them.

const { validateObject } = require('internal/validators');

let inspectFn;
function inspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}
// The registered symbol util.inspect.custom is, without loading inspect early.
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

const kMaxShortLength = 12;

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Colour codes, set per message: only when stderr is a colour terminal.
let blue = '';
let green = '';
let red = '';
let white = '';

function pickColors() {
  let useColors = false;
  try {
    const stderr = process.stderr;
    useColors = !!(stderr && stderr.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors());
  } catch {
    useColors = false;
  }
  if (useColors) {
    blue = '\u001b[34m';
    green = '\u001b[32m';
    white = '\u001b[39m';
    red = '\u001b[31m';
  } else {
    blue = green = white = red = '';
  }
}

function stripColors(str) {
  // eslint-disable-next-line no-control-regex
  return str.replace(/\u001b\[\d\d?m/g, '');
}

// Errors are shown without their stack: a shallow copy keeps name, message and own fields.
function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

function inspectValue(val) {
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// Keep 47 of more than 50 lines.
function truncateLines(lines) {
  if (lines.length > 50) {
    lines[46] = `${blue}...${white}`;
    lines.length = 47;
  }
  return lines;
}

// Emits the run of identical lines before a diverging line: up to the last three, with
// `...` standing in when more than five were identical.
function flushIdentical(state, lines, i) {
  const n = state.identical;
  if (n > 2) {
    if (n > 3) {
      if (n > 4) {
        if (n === 5) {
          state.res += `\n  ${lines[i - 3]}`;
          state.printed++;
        } else {
          state.res += `\n${blue}...${white}`;
          state.skipped = true;
        }
      }
      state.res += `\n  ${lines[i - 2]}`;
      state.printed++;
    }
    state.res += `\n  ${lines[i - 1]}`;
    state.printed++;
  }
  state.identical = 0;
}

function createErrDiff(actual, expected, operator, customMessage) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let tail = '';
  let pendingTail = '';
  let indicator = '';
  let count = 0;

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  // Two short one-liners: `a !== b`, or a caret under the first differing column.
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const actualRaw = stripColors(actualLines[0]);
    const expectedRaw = stripColors(expectedLines[0]);
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${customMessage ? String(customMessage) : kReadableOperator[operator]}\n\n` +
          `${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      let maxLength = 80;
      try {
        if (process.stderr && process.stderr.isTTY) maxLength = process.stderr.columns;
      } catch { /* keep 80 */ }
      if (inputLength < maxLength) {
        let pos = 0;
        while (actualRaw[pos] === expectedRaw[pos]) pos++;
        if (pos > 2) {
          indicator = `\n  ${' '.repeat(pos)}^`;
        } else {
          count = pos;
        }
      }
    }
  }

  // Drop common trailing lines; keep up to three of them for context.
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (count++ < 3) {
      tail = `\n  ${a}${tail}`;
    } else {
      pendingTail = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Same rendering, different identity (e.g. two distinct Symbol() or two {}).
    const lines = truncateLines(actualInspected.split('\n'));
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  const state = { res: '', printed: 0, identical: 0, skipped: false };
  if (count >= 5) {
    tail = `\n${blue}...${white}${tail}`;
    state.skipped = true;
  }
  if (pendingTail !== '') tail = `\n  ${pendingTail}${tail}`;
  let other = '';

  // A custom message replaces the header line but keeps the diff.
  const header = `${customMessage ? String(customMessage) : kReadableOperator[operator]}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  let lines = actualLines;
  let plusMinus = `${green}+${white}`;
  let shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${red}-${white}`;
    shorter = actualLines.length;
  }

  for (let i = 0; i < maxLines; i++) {
    if (shorter < i + 1) {
      // Only one side has lines left.
      flushIdentical(state, lines, i);
      if (lines === actualLines) {
        state.res += `\n${plusMinus} ${lines[i]}`;
      } else {
        other += `\n${plusMinus} ${lines[i]}`;
      }
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // A missing trailing comma alone is not a difference.
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushIdentical(state, actualLines, i);
        // Actual lines go out at once; expected ones wait so a block reads +++--- not +-+-.
        state.res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        state.printed += 2;
      } else {
        state.res += other;
        other = '';
        state.identical++;
        if (state.identical <= 2) {
          state.res += `\n  ${actualLine}`;
          state.printed++;
        }
      }
    }
    if (state.printed > 50 && i < maxLines - 2) {
      return `${header}${skippedMsg}\n${state.res}\n${blue}...${white}${other}\n${blue}...${white}`;
    }
  }

  return `${header}${state.skipped ? skippedMsg : ''}\n${state.res}${other}${tail}${indicator}`;
}

function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > 512) {
    return `${string.slice(512)}...`;
  }
  return string;
}

// Errors are compared without their stacks.
function bothErrors(actual, expected) {
  return typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null &&
    'stack' in actual && actual instanceof Error && 'stack' in expected && expected instanceof Error;
}

function generateMessage(actual, expected, operator) {
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const res = truncateLines(inspectValue(actual).split('\n'));
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (res.length === 1) return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
    return `${base}\n\n${res.join('\n')}\n`;
  }

  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) {
      res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

function stackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;

    const limit = Error.stackTraceLimit;
    const limitWritable = stackTraceLimitWritable();
    if (limitWritable) Error.stackTraceLimit = 0;

    const diffable = operator === 'deepStrictEqual' || operator === 'strictEqual';
    if (message != null && !diffable) {
      super(String(message));
    } else {
      pickColors();
      if (bothErrors(actual, expected)) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      super(diffable ? createErrDiff(actual, expected, operator, message) : generateMessage(actual, expected, operator));
    }

    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    }
    // Materialise the stack while the name still carries the code.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// Long strings in actual/expected are cut when the error itself is inspected.
Object.defineProperty(AssertionError.prototype, kInspectCustom, {
  value: function(recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  },
  enumerable: false, writable: true, configurable: true,
});

module.exports = AssertionError;
