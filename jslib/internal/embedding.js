'use strict';
// The JS side of embedding (jnode.JNode in a Java application): the constructors Java builds JS
// values with, host objects seen as JS objects, the embedder's globals, and the main module
// whose exports Java calls.

const { Buffer } = require('buffer');
const binding = internalBinding('embedding');

// A Java object as JS: members read through, and what a method returns crosses back by the
// embedding's value rules (a byte[] becomes a Buffer, a future a promise...).
function hostObject(object) {
  const methods = new Map();
  return new Proxy(object, {
    get(target, key) {
      if (typeof key === 'symbol') return undefined;
      let method = methods.get(key);
      if (method !== undefined) return method;
      const value = target[key];
      if (typeof value !== 'function') return binding.toJs(value);
      method = (...args) => binding.toJs(value(...args));
      methods.set(key, method);
      return method;
    },
  });
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A Java future that failed: its exception's message.
  return { promise, resolve, reject: (message) => reject(new Error(message)) };
}

// A call from Java: its outcome goes to resolve or reject, with the handlers on a returned
// promise attached before this turn ends (a rejection is then never unhandled).
function call(fn, args, resolve, reject) {
  let result;
  try {
    result = fn(...args);
  } catch (err) {
    reject(err);
    return;
  }
  if (result !== null && typeof result === 'object' && typeof result.then === 'function') {
    result.then(resolve, reject);
  } else {
    resolve(result);
  }
}

function setup() {
  binding.setHelpers({
    call,
    settle: (promise, resolve, reject) => promise.then(resolve, reject),
    bufferOf(byteBuffer) {
      const bytes = new ArrayBuffer(byteBuffer);
      return Buffer.from(bytes, 0, bytes.byteLength);
    },
    newObject: () => ({}),
    newArray: () => [],
    newDate: (ms) => new Date(ms),
    deferred,
    hostObject,
  });
  for (const name of binding.globalNames()) {
    Object.defineProperty(globalThis, name, {
      value: binding.global(name), writable: true, configurable: true, enumerable: false,
    });
  }
}

const hostModules = { __proto__: null };

// require('host:NAME'): the same object on every require, or undefined when there is none.
function hostModule(name) {
  return hostModules[name] ??= binding.hostModule(name) ?? undefined;
}

module.exports = { setup, hostModule, setMainModule: binding.setMainModule };
