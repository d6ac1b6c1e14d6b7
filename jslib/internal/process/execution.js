'use strict';
// What happens to an error nobody caught (Node's process/execution.js + the C++ that prints
// it): 'uncaughtException' listeners, else print it node's way and exit with 1 (7 when a
// handler itself throws). Unhandled rejections follow Node 20's default mode, 'throw'.

const { codes: { ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } = require('internal/errors');

let captureCallback = null;
let handlingError = false;
/** process.report's writer while reportOnUncaughtException is on. */
let fatalReport = null;

function inspect(v) {
  return require('internal/util/inspect').inspect(v);
}

function setFatalReport(fn) {
  fatalReport = fn;
}

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  require('internal/validators').validateFunction(fn, 'fn');
  if (captureCallback !== null) throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

/**
 * `where` is the throw site Java saw ({ file, line, column, text }), or undefined.
 * Returns normally when a listener handled the error; otherwise the process exits.
 */
function triggerUncaughtException(err, fromPromise, where) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (!handlingError) {
    handlingError = true;
    try {
      process.emit('uncaughtExceptionMonitor', err, type);
      if (captureCallback !== null) {
        captureCallback(err);
        return;
      }
      if (process.emit('uncaughtException', err, type)) return;
    } catch (handlerError) {
      internalBinding('embedding').uncaught(handlerError);
      printFatal(handlerError, undefined);
      process._exiting = true;
      exitNow(7);
    } finally {
      handlingError = false;
    }
  }
  if (fatalReport !== null) fatalReport(err);
  internalBinding('embedding').uncaught(err);
  // Node runs the 'exit' listeners first (a throw there changes nothing), then prints the error.
  try {
    emitExit(1);
  } catch {
    // node ignores it too
  }
  printFatal(err, where);
  process.reallyExit(process.exitCode ?? 1);
}

function emitExit(code) {
  if (process._exiting) return;
  process._exiting = true;
  process.exitCode = code;
  process.emit('exit', code);
}

// An 'exit' listener may still change the code, as in node.
function exitNow(code) {
  try {
    emitExit(code);
  } finally {
    process.reallyExit(process.exitCode ?? code);
  }
}

// Where to point the caret: the throw site Java saw, else the error's first stack frame.
function throwSite(err, where) {
  if (where && where.file && where.text != null) return where;
  const stack = err != null && typeof err === 'object' ? err.stack : undefined;
  const m = typeof stack === 'string' && /\n\s+at (?:.*?\()?([^()\s]+):(\d+):(\d+)\)?/.exec(stack);
  if (!m) return undefined;
  const [, file, line, column] = m;
  let source;
  try {
    source = file.startsWith('node:') ? internalBinding('natives').source(file.slice(5))
      : require('fs').readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  if (source == null) return undefined;
  let text = source.split('\n')[line - 1];
  if (text === undefined) return undefined;
  if (+line === 1 && !file.startsWith('node:')) text = require('internal/modules/cjs/wrapper').prefix + text;
  return { file, line: +line, column: +column, text };
}

function sourceContext(err, where) {
  where = throwSite(err, where);
  if (where) {
    let text = where.text;
    let col = Math.max(0, where.column - 1);
    const wrapper = require('internal/modules/cjs/wrapper');
    if (where.line === 1 && text.startsWith(wrapper.prefix)) {
      text = text.slice(wrapper.prefix.length);
      col = Math.max(0, col - wrapper.prefix.length);
    }
    // The frame points at the thrown expression; node's caret marks the throw statement.
    const thrown = /throw\s+$/.exec(text.slice(0, col));
    if (thrown) col = thrown.index;
    return `${where.file}:${where.line}\n${text}\n${' '.repeat(col)}^\n`;
  }
  return '';
}

function printFatal(err, where) {
  let body;
  const isError = err != null && typeof err === 'object' && typeof err.stack === 'string';
  try {
    if (isError) {
      body = inspect(err);
    } else {
      body = `Uncaught ${inspect(err)}`;
    }
  } catch {
    body = String(err);
  }
  let header = sourceContext(err, where);
  if (!isError) {
    const shown = typeof err === 'string' ? err : inspect(err);
    body = header ? `${header}${shown}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)` : body;
    header = '';
  }
  const out = `${header}${header ? '\n' : ''}${body}\n\nNode.js ${process.version}\n`;
  require('internal/process/stdio').writeStderrSync(out);
}

// --- unhandled rejections ----------------------------------------------------------

const pendingUnhandledRejections = [];
// task_queues requires this module: look it up once, on first use.
let taskQueuesModule;
const taskQueues = () => (taskQueuesModule ??= require('internal/process/task_queues'));
const maybeUnhandled = new WeakMap();
// Numbers the rejections the warnings name ("rejection id: N").
let lastRejectionId = 0;
// --unhandled-rejections: throw (node's default), strict, warn, warn-with-error-code or none;
// the CLI has checked the value.
let rejectionMode;

function onUnhandledRejection(reason, promise) {
  maybeUnhandled.set(promise, { reason, id: ++lastRejectionId });
  pendingUnhandledRejections.push(promise);
  taskQueues().setHasRejectionToWarn(true);
}

function processPromiseRejections() {
  rejectionMode ??= require('internal/options').getOptionValue('--unhandled-rejections') ?? 'throw';
  let hadWork = false;
  while (pendingUnhandledRejections.length > 0) {
    hadWork = true;
    const promise = pendingUnhandledRejections.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    maybeUnhandled.delete(promise);
    const { reason, id } = info;
    const emit = () => process.emit('unhandledRejection', reason, promise);
    switch (rejectionMode) {
      case 'none':
        emit();
        break;
      case 'warn':
        emit();
        warnUnhandledRejection(reason, id);
        break;
      case 'strict':
        // First as an uncaught exception; only when a handler took that, as an unhandled rejection.
        triggerUncaughtException(rejectionError(reason), true);
        if (!emit()) warnUnhandledRejection(reason, id);
        break;
      case 'warn-with-error-code':
        if (!emit()) {
          warnUnhandledRejection(reason, id);
          process.exitCode = 1;
        }
        break;
      default:
        if (!emit()) triggerUncaughtException(rejectionError(reason), true);
    }
  }
  taskQueues().setHasRejectionToWarn(false);
  return hadWork;
}

/** The two warnings node writes for an unhandled rejection: the reason, then what to do about it. */
function warnUnhandledRejection(reason, id) {
  const type = 'UnhandledPromiseRejectionWarning';
  const errorLike = isErrorLike(reason);
  try {
    process.emitWarning(errorLike ? reason.stack : safeToString(reason), type);
  } catch {
    process.emitWarning(safeToString(reason), type); // a stack that is not a string
  }
  const warning = new Error('Unhandled promise rejection. This error originated either by throwing inside of an ' +
    'async function without a catch block, or by rejecting a promise which was not handled with .catch(). To ' +
    'terminate the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` ' +
    `(see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${id})`);
  warning.name = type;
  // What --trace-warnings shows: where the rejection came from, not this function.
  warning.stack = errorLike ? reason.stack : `${type}: ${warning.message}`;
  process.emitWarning(warning);
}

// As node tells an error from another value here: an object with a stack of its own.
function isErrorLike(value) {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'stack');
}

function rejectionError(reason) {
  return isErrorLike(reason) ? reason : unhandledRejectionError(reason);
}

function safeToString(value) {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value); // a Symbol.toPrimitive or toString that throws
  }
}

class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
  constructor(reason) {
    super('This error originated either by throwing inside of an async function ' +
      'without a catch block, or by rejecting a promise which was not handled with .catch().' +
      ` The promise rejected with the reason "${typeof reason === 'string' ? reason : inspect(reason)}".`);
    this.name = 'UnhandledPromiseRejection';
  }
}

function unhandledRejectionError(reason) {
  return new UnhandledPromiseRejection(reason);
}

module.exports = {
  triggerUncaughtException,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  onUnhandledRejection,
  processPromiseRejections,
  printFatal,
  setFatalReport,
};
