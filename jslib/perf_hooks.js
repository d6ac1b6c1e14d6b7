'use strict';
// perf_hooks: the User Timing API (marks, measures, observers) over process.hrtime, timerify,
// histograms and the event loop's utilization.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS,
    ERR_INVALID_THIS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateObject, validateFunction, validateInteger, validateNumber } =
  require('internal/validators');

const { now, startNanos, observers, setConnected, enqueue, setEntryFactory } = require('internal/perf/observe');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kIllegal = Symbol('kIllegal');
const binding = internalBinding('process');
const loopTiming = internalBinding('performance');
const timeOrigin = Date.now() - now();

// An hrtime reading in ms of this timeline; -1 stays -1 (not yet).
function msOf(ns) {
  return ns < 0 ? -1 : Math.max(0, (ns - startNanos) / 1e6);
}
// The realm's start-up milestones (its time origin, engine context begun and built, bootstrap
// done), fixed once perf_hooks loads, which is after the bootstrap.
const [nodeStart, v8Start, environment, bootstrapComplete] = Array.from(loopTiming.startMilestoneNanos(), msOf);
// When the event loop started and ended, in ms of this timeline: -1 before.
const loopStart = () => msOf(loopTiming.loopStartNanos());
const loopExit = () => msOf(loopTiming.loopExitNanos());
// How long the loop has waited for events since it started, in ms.
const loopIdleTime = () => loopTiming.loopIdleNanos() / 1e6;

let inspectFn;
function inspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}
function nested(name, obj, depth, options) {
  if (depth < 0) return name;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(obj, opts)}`;
}

let DOMExceptionCtor;
function domException(message, name) {
  DOMExceptionCtor ??= require('internal/dom_exception').DOMException;
  return new DOMExceptionCtor(message, name);
}

// --- entries ----------------------------------------------------------------------

class PerformanceEntry {
  constructor(skip = undefined, name, type, start, duration) {
    if (skip !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    hide(this, '_name', name);
    hide(this, '_type', type);
    hide(this, '_start', start);
    hide(this, '_duration', duration);
  }

  get name() { return this._name; }
  get entryType() { return this._type; }
  get startTime() { return this._start; }
  get duration() { return this._duration; }

  [customInspectSymbol](depth, options) {
    return nested(this.constructor.name, this.toJSON(), depth, options);
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }
}

function cloneDetail(detail) {
  if (detail == null) return null;
  return require('internal/structured_clone').structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_OUT_OF_RANGE('startTime', '>= 0', startTime);
    super(kIllegal, name, 'mark', startTime, 0);
    hide(this, '_detail', cloneDetail(options?.detail));
  }

  get detail() { return this._detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(skip = undefined, name, start, duration, detail) {
    if (skip !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kIllegal, name, 'measure', start, duration);
    hide(this, '_detail', detail);
  }

  get detail() { return this._detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

// An entry net, http or dns timed (node's PerformanceNodeEntry), with what it timed as its detail.
class PerformanceNodeEntry extends PerformanceEntry {
  constructor(skip = undefined, name, type, start, duration, detail) {
    if (skip !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kIllegal, name, type, start, duration);
    hide(this, '_detail', detail);
  }

  get detail() { return this._detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}
setEntryFactory((name, type, start, duration, detail) =>
  new PerformanceNodeEntry(kIllegal, name, type, start, duration, detail));

function hide(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

// --- the buffers ----------------------------------------------------------------------

const marks = [];
const measures = [];

function sortByStart(list) {
  return list.slice().sort((a, b) => a.startTime - b.startTime);
}

function filterEntries(list, name, type) {
  return sortByStart(list.filter((e) => (name === undefined || e.name === name) &&
    (type === undefined || e.entryType === type)));
}

function markTime(name) {
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_OUT_OF_RANGE('name', '>= 0', name);
    return name;
  }
  name = `${name}`;
  for (let i = marks.length - 1; i >= 0; i--) if (marks[i].name === name) return marks[i].startTime;
  if (name === 'nodeStart') return nodeStart;
  throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function calculateStartDuration(startOrOptions, endMark) {
  if (startOrOptions === null) startOrOptions = undefined;
  let start;
  let end;
  let duration;
  let detail = null;
  if (typeof startOrOptions === 'object' && startOrOptions !== undefined) {
    ({ start, end, duration } = startOrOptions);
    if (startOrOptions.detail !== undefined) detail = cloneDetail(startOrOptions.detail);
    if (endMark !== undefined) throw new ERR_INVALID_ARG_VALUE('endMark', endMark, 'must not be specified with options');
    if (start === undefined && end === undefined) {
      throw new ERR_INVALID_ARG_VALUE('startMarkOrMeasureOptions', startOrOptions,
        'One of options.start or options.end is required');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('startMarkOrMeasureOptions', startOrOptions,
        'Must not have options.start, options.end, and options.duration specified');
    }
  } else {
    start = startOrOptions;
  }
  let endTime;
  if (endMark !== undefined) endTime = markTime(endMark);
  else if (end !== undefined) endTime = markTime(end);
  else if (start !== undefined && duration !== undefined) endTime = markTime(start) + duration;
  else endTime = now();

  let startTime;
  if (start !== undefined) startTime = markTime(start);
  else if (duration !== undefined && end !== undefined) startTime = endTime - duration;
  else startTime = 0;
  return { start: startTime, duration: endTime - startTime, detail };
}

// --- Performance ------------------------------------------------------------------------

class PerformanceNodeTiming {
  constructor() {
    hide(this, 'name', 'node');
    hide(this, 'entryType', 'node');
    hide(this, 'startTime', 0);
  }

  get duration() { return now(); }
  get nodeStart() { return nodeStart; }
  get v8Start() { return v8Start; }
  get environment() { return environment; }
  get bootstrapComplete() { return bootstrapComplete; }
  get loopStart() { return loopStart(); }
  get loopExit() { return loopExit(); }
  get idleTime() { return loopIdleTime(); }

  [customInspectSymbol](depth, options) {
    return nested('PerformanceNodeTiming', this.toJSON(), depth, options);
  }

  toJSON() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration,
      nodeStart, v8Start, bootstrapComplete, environment,
      loopStart: loopStart(), loopExit: loopExit(), idleTime: loopIdleTime(),
    };
  }
}
const nodeTiming = new PerformanceNodeTiming();

// Idle is the time the loop waited for events, active the rest since the loop started; with one
// earlier reading, the change since it; with two, the change between them.
function eventLoopUtilization(util1, util2) {
  const start = loopStart();
  if (start < 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) return utilization(util1.idle - util2.idle, util1.active - util2.active);
  const idle = loopIdleTime();
  const active = now() - start - idle;
  return util1 ? utilization(idle - util1.idle, active - util1.active) : utilization(idle, active);
}

function utilization(idle, active) {
  return { idle, active, utilization: active / (idle + active) };
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  if (fn.__timerified) return fn.__timerified;
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const entry = new PerformanceEntry(kIllegal, fn.name, 'function', start, now() - start);
    hide(entry, 'detail', args);
    enqueue(entry);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  hide(fn, '__timerified', timerified);
  return timerified;
}

function checkThis(self) {
  if (!(self instanceof Performance)) throw new ERR_INVALID_THIS('Performance');
}

class Performance extends require('internal/event_target').EventTarget {
  constructor(skip = undefined) {
    if (skip !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name) {
    checkThis(this);
    removeNamed(marks, name);
  }

  clearMeasures(name) {
    checkThis(this);
    removeNamed(measures, name);
  }

  clearResourceTimings() {}

  getEntries() {
    checkThis(this);
    return sortByStart(marks.concat(measures));
  }

  getEntriesByName(name, type = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(marks.concat(measures), `${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return type === 'mark' ? sortByStart(marks) : type === 'measure' ? sortByStart(measures) : [];
  }

  mark(name, options = undefined) {
    checkThis(this);
    const entry = new PerformanceMark(name, options);
    marks.push(entry);
    enqueue(entry);
    return entry;
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const { start, duration, detail } = calculateStartDuration(startOrMeasureOptions, endMark);
    const entry = new PerformanceMeasure(kIllegal, `${name}`, start, duration, detail);
    measures.push(entry);
    enqueue(entry);
    return entry;
  }

  now() {
    checkThis(this);
    return now();
  }

  setResourceTimingBufferSize() {}

  get timeOrigin() {
    return timeOrigin;
  }

  toJSON() {
    checkThis(this);
    return { nodeTiming, timeOrigin, eventLoopUtilization: eventLoopUtilization() };
  }

  [customInspectSymbol](depth, options) {
    return nested('Performance', { nodeTiming, timeOrigin }, depth, options);
  }
}
Object.defineProperties(Performance.prototype, {
  eventLoopUtilization: { value: eventLoopUtilization, writable: true, enumerable: false, configurable: true },
  nodeTiming: { value: nodeTiming, writable: true, enumerable: false, configurable: true },
  timerify: { value: timerify, writable: true, enumerable: false, configurable: true },
  [Symbol.toStringTag]: { value: 'Performance', configurable: true },
});

function removeNamed(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  name = `${name}`;
  for (let i = list.length - 1; i >= 0; i--) if (list[i].name === name) list.splice(i, 1);
}

const performance = new Performance(kIllegal);

// --- observers ------------------------------------------------------------------------

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);

class PerformanceObserverEntryList {
  constructor(skip = undefined, entries) {
    if (skip !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    hide(this, '_entries', sortByStart(entries));
  }

  getEntries() { return this._entries.slice(); }

  getEntriesByType(type) { return filterEntries(this._entries, undefined, `${type}`); }

  getEntriesByName(name, type = undefined) {
    return filterEntries(this._entries, `${name}`, type === undefined ? undefined : `${type}`);
  }

  [customInspectSymbol](depth, options) {
    return nested('PerformanceObserverEntryList', this._entries, depth, options);
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    hide(this, '_callback', callback);
    hide(this, '_types', new Set());
    hide(this, '_buffer', []);
    hide(this, '_pending', false);
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    this._types.clear();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this._types.add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this._types.add(type);
      if (buffered) {
        const existing = type === 'mark' ? marks : type === 'measure' ? measures : [];
        for (const e of existing) this._push(e);
      }
    }
    if (this._types.size > 0) setConnected(this, true);
    else this.disconnect();
  }

  disconnect() {
    setConnected(this, false);
    this._buffer = [];
  }

  takeRecords() {
    const list = this._buffer;
    this._buffer = [];
    return list;
  }

  _push(entry) {
    if (!this._types.has(entry.entryType)) return;
    this._buffer.push(entry);
    if (this._pending) return;
    this._pending = true;
    // Observers are notified after the current task, in one batch.
    setImmediate(() => {
      this._pending = false;
      const entries = this.takeRecords();
      if (entries.length === 0) return;
      Reflect.apply(this._callback, this, [new PerformanceObserverEntryList(kIllegal, entries), this]);
    });
  }

  [customInspectSymbol](depth, options) {
    return nested('PerformanceObserver', {
      connected: observers.has(this),
      pending: this._pending,
      entryTypes: Array.from(this._types),
      buffer: this._buffer,
    }, depth, options);
  }
}

// --- histograms ------------------------------------------------------------------------

class Histogram {
  constructor(skip = undefined) {
    if (skip !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    hide(this, '_values', []);
    hide(this, '_exceeds', 0);
  }

  get count() { return this._values.length; }
  get countBigInt() { return BigInt(this.count); }
  get min() { return this._values.length ? Math.min(...this._values) : 9223372036854776000; }
  get minBigInt() { return this._values.length ? BigInt(this.min) : 9223372036854775807n; }
  get max() { return this._values.length ? Math.max(...this._values) : 0; }
  get maxBigInt() { return BigInt(this.max); }
  get mean() {
    const v = this._values;
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN;
  }
  get stddev() {
    const v = this._values;
    if (!v.length) return NaN;
    const mean = this.mean;
    return Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length);
  }
  get exceeds() { return this._exceeds; }
  get exceedsBigInt() { return BigInt(this._exceeds); }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    const v = this._values.slice().sort((a, b) => a - b);
    if (!v.length) return 0;
    return v[Math.min(v.length - 1, Math.max(0, Math.ceil((percentile / 100) * v.length) - 1))];
  }

  percentileBigInt(percentile) { return BigInt(this.percentile(percentile)); }

  get percentiles() {
    const map = new Map();
    if (!this._values.length) {
      map.set(100, 0);
      return map;
    }
    for (const p of [0, 50, 75, 87.5, 93.75, 96.875, 98.4375, 99.21875, 100]) {
      map.set(p, p === 0 ? this.min : this.percentile(p));
    }
    return map;
  }

  get percentilesBigInt() {
    const map = new Map();
    for (const [k, v] of this.percentiles) map.set(k, BigInt(v));
    return map;
  }

  reset() {
    this._values.length = 0;
    this._exceeds = 0;
  }

  toJSON() {
    return {
      count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [customInspectSymbol](depth, options) {
    return nested('Histogram', {
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, count: this.count, percentiles: this.percentiles,
    }, depth, options);
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    if (typeof val === 'bigint') val = Number(val);
    else validateInteger(val, 'val', 1);
    if (val < 1) throw new ERR_OUT_OF_RANGE('val', '>= 1', val);
    this._values.push(val);
  }

  recordDelta() {
    const t = binding.hrtimeNanos();
    if (this._prev !== undefined) this._values.push(Math.max(1, Math.round(t - this._prev)));
    hide(this, '_prev', t);
  }

  add(other) {
    if (!(other instanceof Histogram)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    this._values.push(...other._values);
    this._exceeds += other._exceeds;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  return new RecordableHistogram(kIllegal);
}

// Samples how late an unref'd interval fires, in nanoseconds (node samples with a libuv timer).
class IntervalHistogram extends Histogram {
  constructor(skip, resolution) {
    super(skip);
    hide(this, '_resolution', resolution);
    hide(this, '_timer', null);
  }

  enable() {
    if (this._timer) return false;
    let last = binding.hrtimeNanos();
    this._timer = setInterval(() => {
      const t = binding.hrtimeNanos();
      const delay = t - last - this._resolution * 1e6;
      last = t;
      if (delay > 0) this._values.push(Math.round(delay));
    }, this._resolution);
    this._timer.unref();
    return true;
  }

  disable() {
    if (!this._timer) return false;
    clearInterval(this._timer);
    this._timer = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(kIllegal, resolution);
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    super();
  }
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
