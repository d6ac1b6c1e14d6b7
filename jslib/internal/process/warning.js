'use strict';
// process.emitWarning and the default 'warning' printer (Node's internal/process/warning.js).

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString } = require('internal/validators');

let warningsEnabled = true;
let traceWarningHelperShown = false;
// --redirect-warnings=FILE (or NODE_REDIRECT_WARNINGS): warnings are appended there instead.
let redirectTo;

function setup(process, enabled) {
  warningsEnabled = enabled && !require('internal/options').hasOption('--no-warnings');
  redirectTo = require('internal/options').getOptionValue('--redirect-warnings') ??
    (process.env.NODE_REDIRECT_WARNINGS || undefined);
  process.on('warning', onWarning);
}

function writeWarning(text) {
  if (redirectTo !== undefined) {
    try {
      require('fs').appendFileSync(redirectTo, text);
      return;
    } catch {
      // As in node: a file that cannot be written sends the warning to stderr after all.
    }
  }
  require('internal/process/stdio').writeStderrSync(text);
}

function onWarning(warning) {
  if (!warningsEnabled) return;
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  const trace = process.traceProcessWarnings ||
    (warning.name === 'DeprecationWarning' && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  writeWarning(`${msg}\n`);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown on a later tick, so that warnings emitted before it are all written first.
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

function createWarningObject(warning, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  if (process.traceProcessWarnings === undefined) Error.stackTraceLimit = 0;
  warning = new Error(warning);
  Error.stackTraceLimit = limit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

module.exports = { emitWarning, setup };
