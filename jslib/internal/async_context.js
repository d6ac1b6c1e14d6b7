'use strict';
// The async context a callback was scheduled in, so AsyncLocalStorage and domains follow timers,
// immediates and nextTicks (the engine's AsyncContext already follows promises and await).
// Capturing starts when the first AsyncLocalStorage is made or the domain module loads, as node
// turns its hooks on lazily: programs that never use them pay nothing.

const Snapshot = require('internal/engine_globals').AsyncContext?.Snapshot;
let tracking = false;
// Set by the domain module: () => the active domain or null.
let activeDomain = null;

class CapturedContext {
  constructor(snapshot, domain) {
    this.snapshot = snapshot;
    this.domain = domain;
  }
}

function trackAsyncContext() {
  tracking = true;
}

function trackDomains(getActiveDomain) {
  activeDomain = getActiveDomain;
  tracking = true;
}

function captureAsyncContext() {
  if (!tracking) return undefined;
  return new CapturedContext(Snapshot === undefined ? undefined : new Snapshot(),
                             activeDomain === null ? null : activeDomain());
}

/**
 * Reflect.apply(fn, thisArg, args), inside `context` when one was captured. A domain is left
 * only when the callback returns: one that throws stays active for the uncaught-exception
 * handler, which hands the error to it (as node's domain 'after' hook does not run either).
 */
function applyInAsyncContext(context, fn, thisArg, args) {
  if (context === undefined) return Reflect.apply(fn, thisArg, args);
  const { snapshot, domain } = context;
  if (domain) domain.enter();
  const result = snapshot === undefined ?
    Reflect.apply(fn, thisArg, args) : snapshot.run(Reflect.apply, fn, thisArg, args);
  if (domain) domain.exit();
  return result;
}

module.exports = { trackAsyncContext, trackDomains, captureAsyncContext, applyInAsyncContext };
