'use strict';
// Wires the process object and the globals (Node's bootstrap/node.js): nextTick, exit,
// warnings, stdio, timers, and the lazily built web globals.

const taskQueues = require('internal/process/task_queues');
const execution = require('internal/process/execution');
const timers = require('timers');

function setup(process, boot) {
  const binding = boot.internalBinding('process');
  const { quit } = boot;

  // --- exit -------------------------------------------------------------------------
  process.reallyExit = function reallyExit(code) {
    quit(code | 0);
  };
  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode === undefined ? 0 : +process.exitCode);
    }
    process.reallyExit(process.exitCode === undefined ? 0 : +process.exitCode);
  };

  // --- ticks, microtasks, uncaught errors ---------------------------------------------
  taskQueues.setup(binding, execution.processPromiseRejections);
  process.nextTick = taskQueues.nextTick;
  process._tickCallback = taskQueues.processTicksAndRejections;
  process.setUncaughtExceptionCaptureCallback = execution.setUncaughtExceptionCaptureCallback;
  process.hasUncaughtExceptionCaptureCallback = execution.hasUncaughtExceptionCaptureCallback;
  process._fatalException = (err) => execution.triggerUncaughtException(err, false);
  boot.graal?.setUnhandledPromiseRejectionHandler(execution.onUnhandledRejection);

  // Java calls every callback through this, so the nextTick queue runs before promise jobs.
  function callbackTrampoline(fn, ...args) {
    const result = fn(...args);
    taskQueues.processTicksAndRejections();
    return result;
  }
  function onFatal(err, file, line, column, text) {
    // Code that replaced process._fatalException with a non-function gets node's exit code 6.
    if (typeof process._fatalException !== 'function') process.reallyExit(6);
    execution.triggerUncaughtException(err, false, file ? { file, line, column, text } : undefined);
  }
  function onIdle() {
    if (!process._exiting) {
      process.emit('beforeExit', process.exitCode === undefined ? 0 : +process.exitCode);
      if (binding.loopAlive()) return;
      boot.internalBinding('performance').markLoopExit();
      process._exiting = true;
      process.emit('exit', process.exitCode === undefined ? 0 : +process.exitCode);
    }
    // A natural end leaves directly, as node's does: process.reallyExit belongs to process.exit().
    quit((process.exitCode === undefined ? 0 : +process.exitCode) | 0);
  }
  binding.setHooks(callbackTrampoline, taskQueues.processTicksAndRejections, onFatal, onIdle);

  // --- warnings -----------------------------------------------------------------------
  const { hasOption } = require('internal/options');
  if (hasOption('--no-deprecation')) process.noDeprecation = true;
  if (hasOption('--throw-deprecation')) process.throwDeprecation = true;
  if (hasOption('--trace-deprecation')) process.traceDeprecation = true;
  if (hasOption('--trace-warnings')) process.traceProcessWarnings = true;
  const warnings = require('internal/process/warning');
  process.emitWarning = warnings.emitWarning;
  warnings.setup(process, binding.warnings());

  require('internal/process/signals').setup(process, boot.internalBinding('signal'));

  // --- stdio ------------------------------------------------------------------------
  require('internal/process/stdio').install(process, defineLazy);

  // --- globals (non-enumerable unless node makes them enumerable) --------------------
  const g = globalThis;

  defineValue(g, 'global', g, true);
  defineValue(g, 'process', process, false);
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
    defineValue(g, name, timers[name], true);
  }
  defineValue(g, 'queueMicrotask', taskQueues.queueMicrotask, true);
  defineLazy(g, 'console', () => require('console'), false);
  defineLazy(g, 'Buffer', () => require('buffer').Buffer, false);
  defineLazy(g, 'atob', () => require('buffer').atob, true);
  defineLazy(g, 'btoa', () => require('buffer').btoa, true);
  defineLazy(g, 'Blob', () => require('buffer').Blob, false);
  defineLazy(g, 'File', () => require('buffer').File, false);
  defineLazy(g, 'fetch', () => require('internal/fetch/fetch').fetch, true);
  defineLazy(g, 'Headers', () => require('internal/fetch/headers').Headers, false);
  defineLazy(g, 'Request', () => require('internal/fetch/request').Request, false);
  defineLazy(g, 'Response', () => require('internal/fetch/response').Response, false);
  defineLazy(g, 'FormData', () => require('internal/fetch/form_data').FormData, false);
  defineLazy(g, 'URL', () => require('url').URL, false);
  defineLazy(g, 'URLSearchParams', () => require('url').URLSearchParams, false);
  defineLazy(g, 'AbortController', () => require('internal/abort_controller').AbortController, false);
  defineLazy(g, 'AbortSignal', () => require('internal/abort_controller').AbortSignal, false);
  defineLazy(g, 'EventTarget', () => require('internal/event_target').EventTarget, false);
  defineLazy(g, 'Event', () => require('internal/event_target').Event, false);
  defineLazy(g, 'CustomEvent', () => require('internal/event_target').CustomEvent, false);
  defineLazy(g, 'DOMException', () => require('internal/dom_exception').DOMException, false);
  defineLazy(g, 'structuredClone', () => require('internal/structured_clone').structuredClone, true);
  defineLazy(g, 'performance', () => require('perf_hooks').performance, true);
  // Read-only, as node's: assigning to it changes nothing.
  let webcrypto;
  Object.defineProperty(g, 'crypto', {
    get() { return webcrypto ??= require('internal/crypto/webcrypto').crypto; },
    enumerable: true, configurable: true,
  });
  defineLazy(g, 'Crypto', () => require('internal/crypto/webcrypto').Crypto, false);
  // --expose-gc: gc() runs a full collection (the JVM's), at once or, with {execution: 'async'},
  // resolving a promise after it.
  if (hasOption('--expose-gc') || hasOption('--expose_gc')) {
    const heap = boot.internalBinding('heap_utils');
    Object.defineProperty(g, 'gc', {
      value: function gc() {
        heap.collect();
        if (arguments[0]?.execution === 'async') return Promise.resolve();
      },
      writable: true, enumerable: true, configurable: false,
    });
  }
  defineLazy(g, 'CryptoKey', () => require('internal/crypto/webcrypto').CryptoKey, false);
  defineLazy(g, 'SubtleCrypto', () => require('internal/crypto/webcrypto').SubtleCrypto, false);
  for (const name of ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
                      'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
                      'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
                      'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
                      'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
                      'DecompressionStream']) {
    defineLazy(g, name, () => require('stream/web')[name], false);
  }
  for (const name of ['TextEncoder', 'TextDecoder']) {
    if (g[name]) defineValue(g, name, g[name], false);
  }
}

function defineValue(obj, name, value, enumerable) {
  Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable });
}

// A global built on first use, then a plain data property (keeps startup light).
function defineLazy(obj, name, get, enumerable) {
  Object.defineProperty(obj, name, {
    get() {
      const value = get();
      defineValue(obj, name, value, enumerable);
      return value;
    },
    set(value) {
      defineValue(obj, name, value, enumerable);
    },
    enumerable,
    configurable: true,
  });
}

module.exports = { setup, defineLazy };
