'use strict';
const assert = require('assert');
const { performance, PerformanceObserver, PerformanceMark, monitorEventLoopDelay, createHistogram, constants } = require('perf_hooks');

const t0 = performance.now();
assert.ok(t0 > 0 && t0 < 60_000);
assert.ok(Math.abs(performance.timeOrigin + t0 - Date.now()) < 1000);
assert.strictEqual(globalThis.performance, performance);

const m = performance.mark('a', { detail: { x: 1 } });
assert.ok(m instanceof PerformanceMark);
assert.deepStrictEqual(Object.keys(m.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
assert.deepStrictEqual(m.detail, { x: 1 });
const me = performance.measure('m', 'a');
assert.strictEqual(me.entryType, 'measure');
assert.strictEqual(me.startTime, m.startTime);
assert.ok(me.duration >= 0);
assert.strictEqual(performance.getEntriesByName('a').length, 1);
assert.strictEqual(performance.getEntriesByType('measure').length, 1);
assert.strictEqual(performance.getEntries().length, 2);
performance.clearMarks();
performance.clearMeasures('m');
assert.strictEqual(performance.getEntries().length, 0);

assert.throws(() => performance.measure('x', 'nope'), {
  name: 'SyntaxError', code: 12, message: 'The "nope" performance mark has not been set',
});
assert.throws(() => performance.mark('a', 2), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (2)',
});

const timed = performance.timerify(function foo(a) { return a + 1; });
assert.strictEqual(timed.name, 'timerified foo');
assert.strictEqual(timed(1), 2);

assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
assert.deepStrictEqual(Object.keys(performance.toJSON()), ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(constants.NODE_PERFORMANCE_GC_MAJOR, 4);

const h = createHistogram();
h.record(5);
h.record(15);
assert.strictEqual(h.count, 2);
assert.strictEqual(h.min, 5);
assert.strictEqual(h.max, 15);
assert.strictEqual(h.mean, 10);
assert.strictEqual(typeof monitorEventLoopDelay().enable, 'function');

const obs = new PerformanceObserver((list, observer) => {
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['o1', 'o2']);
  observer.disconnect();
});
obs.observe({ entryTypes: ['mark'] });
performance.mark('o1');
performance.mark('o2');
