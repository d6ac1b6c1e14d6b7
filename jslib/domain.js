'use strict';
// domain (deprecated in node, still used by older packages): a domain gathers callbacks and
// emitters so that an error thrown in any of them reaches the domain's 'error' event instead of
// ending the process. Timers, immediates and nextTicks scheduled inside a domain run inside it
// again (internal/async_context); emitters made inside one belong to it.

const EventEmitter = require('events');
const {
  codes: {
    ERR_DOMAIN_CALLBACK_NOT_AVAILABLE,
    ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');
const execution = require('internal/process/execution');
const { trackDomains } = require('internal/async_context');

if (execution.hasUncaughtExceptionCaptureCallback()) throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();

// The entered domains, innermost last; exports.active and process.domain mirror the top.
let stack = [];

function setActive(domain) {
  exports.active = domain;
  process.domain = domain;
}

// The uncaught-exception hook is set only while an entered domain can take an error, so that
// 'uncaughtException' listeners still see the rest.
function updateExceptionCapture() {
  execution.setUncaughtExceptionCaptureCallback(null);
  if (stack.some((d) => d.listenerCount('error') > 0)) {
    execution.setUncaughtExceptionCaptureCallback((er) => process.domain._errorHandler(er));
  }
}

function markError(er, domain, thrown) {
  if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
    Object.defineProperty(er, 'domain', { value: domain, configurable: true, enumerable: false, writable: true });
    er.domainThrown = thrown;
  }
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    this.on('newListener', (event) => { if (event === 'error') process.nextTick(updateExceptionCapture); });
    this.on('removeListener', (event) => { if (event === 'error') process.nextTick(updateExceptionCapture); });
  }

  enter() {
    stack.push(this);
    setActive(this);
    updateExceptionCapture();
  }

  exit() {
    const at = stack.lastIndexOf(this);
    if (at === -1) return;
    stack.splice(at);
    // Node leaves the top of an empty stack, undefined, until the tick ends.
    setActive(stack[stack.length - 1]);
    updateExceptionCapture();
  }

  run(fn, ...args) {
    this.enter();
    // No finally: a throw leaves the domain entered for the uncaught-exception hook.
    const result = Reflect.apply(fn, this, args);
    this.exit();
    return result;
  }

  add(emitter) {
    if (emitter.domain === this) return;
    if (emitter.domain) emitter.domain.remove(emitter);
    // A domain added to a domain must not end up inside itself.
    if (this.domain && emitter instanceof Domain) {
      for (let d = this.domain; d; d = d.domain) if (d === emitter) return;
    }
    Object.defineProperty(emitter, 'domain', { value: this, configurable: true, enumerable: false, writable: true });
    this.members.push(emitter);
  }

  remove(emitter) {
    emitter.domain = null;
    const at = this.members.indexOf(emitter);
    if (at !== -1) this.members.splice(at, 1);
  }

  bind(callback) {
    const domain = this;
    function runBound(...args) {
      return domain.run(() => Reflect.apply(callback, this, args));
    }
    Object.defineProperty(runBound, 'domain', { value: this, configurable: true, enumerable: false, writable: true });
    return runBound;
  }

  intercept(callback) {
    const domain = this;
    function runIntercepted(er, ...args) {
      if (er) {
        er.domainBound = callback;
        markError(er, domain, false);
        domain.emit('error', er);
        return;
      }
      return domain.run(() => Reflect.apply(callback, this, args));
    }
    return runIntercepted;
  }

  /** Takes an uncaught error; true when an 'error' listener handled it. */
  _errorHandler(er) {
    markError(er, this, true);
    // The handler runs outside this domain, or an error in it would come back here.
    while (exports.active === this) this.exit();
    let caught = false;
    if (stack.length === 0) {
      if (this.listenerCount('error') > 0) {
        execution.setUncaughtExceptionCaptureCallback(null);
        try {
          caught = this.emit('error', er);
        } finally {
          updateExceptionCapture();
        }
      }
    } else {
      try {
        caught = this.emit('error', er);
      } catch (er2) {
        // The handler threw: an outer domain may take that, else it goes on uncaught.
        updateExceptionCapture();
        if (stack.length === 0) throw er2;
        setActive(stack[stack.length - 1]);
        caught = process.domain._errorHandler(er2);
      }
    }
    // An uncaught error ends the tick: no domain stays entered.
    stack.length = 0;
    setActive(null);
    updateExceptionCapture();
    return caught;
  }
}

// An emitter in a domain sends an unhandled 'error' to the domain, and runs its listeners
// inside it.
const emit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function(type, ...args) {
  const domain = this.domain;
  if (domain === null || domain === undefined || this === process ||
      (type === 'error' && this.listenerCount('error') > 0)) {
    return Reflect.apply(emit, this, [type, ...args]);
  }
  if (type === 'error') {
    const er = args.length > 0 && args[0] ? args[0] : new ERR_UNHANDLED_ERROR();
    if (typeof er === 'object') er.domainEmitter = this;
    markError(er, domain, false);
    // The domain's handler runs with the domains above it active, then everything is put back.
    const savedStack = stack.slice();
    const savedActive = process.domain;
    let top = stack.length - 1;
    while (top >= 0 && stack[top] === savedActive) top--;
    stack.length = top + 1;
    setActive(stack.length > 0 ? stack[stack.length - 1] : null);
    updateExceptionCapture();
    domain.emit('error', er);
    stack = savedStack;
    exports._stack = stack;
    setActive(savedActive);
    updateExceptionCapture();
    return false;
  }
  domain.enter();
  const result = Reflect.apply(emit, this, [type, ...args]);
  domain.exit();
  return result;
};

EventEmitter.usingDomains = true;
trackDomains(() => exports.active ?? null);
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback() {
  throw new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
};

function create() {
  return new Domain();
}

exports._stack = stack;
exports.Domain = Domain;
exports.createDomain = create;
exports.create = create;
exports.active = null;
