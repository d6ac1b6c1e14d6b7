'use strict';
// process.nextTick and queueMicrotask (Node's internal/process/task_queues.js). Java runs
// processTicksAndRejections after every callback while tickInfo says there is work; GraalJS then
// drains promise jobs when the call returns, so ticks always run before promise reactions.

const { validateFunction } = require('internal/validators');
const { captureAsyncContext, applyInAsyncContext } = require('internal/async_context');

let tickInfo;
let queue = [];
let head = 0;
let processPromiseRejections = () => false;

function setup(binding, rejections) {
  tickInfo = new Int32Array(new ArrayBuffer(binding.tickInfo()));
  processPromiseRejections = rejections;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  queue.push({ callback, args, context: captureAsyncContext() });
  tickInfo[0] = 1;
}

function runNextTicks() {
  if (head === 0 && queue.length === 0) return;
  while (head < queue.length) {
    const tock = queue[head];
    queue[head++] = undefined;
    const { callback, args, context } = tock;
    if (context !== undefined) applyInAsyncContext(context, callback, undefined, args);
    else if (args.length === 0) callback();
    else callback(...args);
  }
  queue = [];
  head = 0;
  tickInfo[0] = 0;
}

function processTicksAndRejections() {
  // Java calls this after every callback; most have left no tick and no rejection behind.
  if (tickInfo[0] === 0 && tickInfo[1] === 0) return;
  do {
    runNextTicks();
  } while (processPromiseRejections() && head < queue.length);
  if (head >= queue.length) tickInfo[0] = 0;
}

function hasTickScheduled() {
  return head < queue.length;
}

function setHasRejectionToWarn(value) {
  tickInfo[1] = value ? 1 : 0;
}

// A microtask that throws is an uncaught exception, not a rejection: report it from a
// nextTick-free path so it reaches 'uncaughtException' like node's.
function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err, false);
    }
  });
}

module.exports = {
  setup,
  nextTick,
  queueMicrotask,
  processTicksAndRejections,
  hasTickScheduled,
  setHasRejectionToWarn,
};
