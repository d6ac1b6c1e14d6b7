'use strict';
// Helpers for jnode's own tests (written for this project; the same ideas as node's test/common).
const assert = require('assert');

const pending = new Set();

/** Wraps fn so that the test fails at exit unless it was called exactly `times` times. */
function mustCall(fn = () => {}, times = 1) {
  if (typeof fn === 'number') { times = fn; fn = () => {}; }
  const entry = { calls: 0, times, stack: new Error().stack };
  pending.add(entry);
  return function(...args) {
    entry.calls++;
    return fn.apply(this, args);
  };
}

/** Like mustCall, for a callback that must get no error. */
function mustSucceed(fn = () => {}, times = 1) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    return fn.apply(this, args);
  }, times);
}

/** A function that fails the test if it is ever called. */
function mustNotCall(msg = 'function should not have been called') {
  return function mustNotCall(...args) {
    assert.fail(`${msg} (called with ${args.length} argument(s))`);
  };
}

function checkCalls(code) {
  if (code !== 0) return;
  for (const e of pending) {
    if (e.calls !== e.times) {
      process.stderr.write(`mustCall: expected ${e.times} call(s), got ${e.calls}\n${e.stack}\n`);
      process.exitCode = 1;
    }
  }
}
// Check last, after the test's own 'exit' listeners (which may be mustCall-wrapped).
process.on('exit', checkCalls);
process.nextTick(() => {
  process.removeListener('exit', checkCalls);
  process.on('exit', checkCalls);
});

/** A fresh temporary directory, removed at exit. */
function tmpdir(name = 'jnode-test') {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

module.exports = { mustCall, mustSucceed, mustNotCall, tmpdir, isJnode: !!process.versions.jnode };
