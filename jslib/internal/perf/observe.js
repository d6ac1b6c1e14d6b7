'use strict';
// The producers' side of the performance timeline (node's internal/perf/observe): the connected
// PerformanceObservers, the clock, and the timings net, http and dns take only while an observer
// watches their entry type. perf_hooks owns the entry classes and lends this module its factory
// when it loads, which it has whenever an observer exists.

const binding = internalBinding('process');

// Time origin = process start: hrtime now minus the uptime the runtime reports.
const startNanos = binding.hrtimeNanos() - binding.uptime() * 1e9;
function now() {
  return (binding.hrtimeNanos() - startNanos) / 1e6;
}

const observers = new Set();
let makeEntry = null; // (name, type, startTime, duration, detail) => entry, set by perf_hooks

// Garbage collections are watched only while some observer wants 'gc' entries.
let watchingGc = false;
function onGc(kind, gcStartNanos, duration) {
  enqueue(makeEntry('gc', 'gc', (gcStartNanos - startNanos) / 1e6, duration, { kind, flags: 0 }));
}

// Connects or disconnects `observer`, and watches collections while any observer wants them.
function setConnected(observer, connected) {
  if (connected) observers.add(observer);
  else observers.delete(observer);
  const gc = hasObserver('gc');
  if (gc === watchingGc) return;
  watchingGc = gc;
  const performance = internalBinding('performance');
  if (gc) performance.watchGc(onGc);
  else performance.unwatchGc();
}

function setEntryFactory(factory) {
  makeEntry = factory;
}

function enqueue(entry) {
  for (const o of observers) o._push(entry);
}

function hasObserver(type) {
  if (observers.size === 0) return false;
  for (const o of observers) if (o._types.has(type)) return true;
  return false;
}

// A timing under way for an entry of `type`, or null when no observer watches that type.
function startPerf(type, name, detail) {
  return hasObserver(type) ? { type, name, detail, startTime: now() } : null;
}

// Ends a timing from startPerf (null is none) and hands its entry to the observers; `detail` is
// merged into the one it started with.
function stopPerf(timing, detail = undefined) {
  if (timing === null || timing === undefined || !hasObserver(timing.type)) return;
  const end = now();
  enqueue(makeEntry(timing.name, timing.type, timing.startTime, end - timing.startTime, { ...timing.detail, ...detail }));
}

module.exports = { now, startNanos, observers, setConnected, enqueue, hasObserver, setEntryFactory, startPerf, stopPerf };
