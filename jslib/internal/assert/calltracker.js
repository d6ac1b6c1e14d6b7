'use strict';
// assert.CallTracker (deprecated in node 20, DEP0173): wraps functions to count calls and
// reports those not called the expected number of times.

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');

const noop = () => {};
let warned = false;

class CallTracker {
  #callChecks = new Set();
  #trackedFunctions = new WeakMap();

  constructor() {
    if (!warned) {
      warned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }

  #getTrackedFunction(tracked) {
    const ctx = this.#trackedFunctions.get(tracked);
    if (ctx === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return ctx;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const ctx of this.#callChecks) ctx.calls = [];
      return;
    }
    this.#getTrackedFunction(tracked).calls = [];
  }

  getCalls(tracked) {
    return this.#getTrackedFunction(tracked).calls.map((c) => ({ ...c }));
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const ctx = {
      expected,
      calls: [],
      name: fn.name || 'calls',
      stackTrace: new Error(),
    };
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        ctx.calls.push({ thisArg, arguments: argList });
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#callChecks.add(ctx);
    this.#trackedFunctions.set(tracked, ctx);
    return tracked;
  }

  report() {
    const errors = [];
    for (const ctx of this.#callChecks) {
      if (ctx.calls.length !== ctx.expected) {
        errors.push({
          message: `Expected the ${ctx.name} function to be executed ${ctx.expected} time(s) ` +
            `but was executed ${ctx.calls.length} time(s).`,
          actual: ctx.calls.length,
          expected: ctx.expected,
          operator: ctx.name,
          stack: ctx.stackTrace,
        });
      }
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
