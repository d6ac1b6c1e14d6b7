'use strict';
// The async context a callback was scheduled in, so AsyncLocalStorage follows timers,
// immediates and nextTicks (the engine's AsyncContext already follows promises and await).
// Capturing starts when the first AsyncLocalStorage or AsyncResource is made, as node turns its
// hooks on lazily: programs that never use them pay nothing.

const Snapshot = globalThis.AsyncContext?.Snapshot;
let tracking = false;

function trackAsyncContext() {
  if (Snapshot !== undefined) tracking = true;
}

function captureAsyncContext() {
  return tracking ? new Snapshot() : undefined;
}

/** Reflect.apply(fn, thisArg, args), inside `context` when one was captured. */
function applyInAsyncContext(context, fn, thisArg, args) {
  if (context === undefined) return Reflect.apply(fn, thisArg, args);
  return context.run(Reflect.apply, fn, thisArg, args);
}

module.exports = { trackAsyncContext, captureAsyncContext, applyInAsyncContext };
