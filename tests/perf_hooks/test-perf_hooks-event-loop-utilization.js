'use strict';
// performance.eventLoopUtilization and nodeTiming.idleTime/loopStart: zeros and -1 while the main
// script runs (the loop has not started); then idle counts the time the loop waited for events,
// active the rest: a loop waiting on a timer is mostly idle, one spinning in JS is all active. A
// reading given one earlier reading is the change since it; given two, the change between them.
const common = require('../common');
const assert = require('assert');
const { performance } = require('perf_hooks');

const { nodeTiming } = performance;
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
assert.strictEqual(nodeTiming.loopStart, -1);
assert.strictEqual(nodeTiming.idleTime, 0);

const WAIT_MS = 300;
const BUSY_MS = 200;
setImmediate(common.mustCall(() => {
  assert.ok(nodeTiming.loopStart >= nodeTiming.bootstrapComplete, `loopStart ${nodeTiming.loopStart}`);
  assert.ok(nodeTiming.loopStart <= performance.now());
  const first = performance.eventLoopUtilization();
  assert.deepStrictEqual(Object.keys(first), ['idle', 'active', 'utilization']);
  assert.ok(first.idle + first.active <= performance.now() - nodeTiming.loopStart + 1, JSON.stringify(first));
  setTimeout(common.mustCall(() => measure(first)), WAIT_MS);
}));

function measure(first) {
  const waited = performance.eventLoopUtilization(first);
  assert.ok(waited.idle >= WAIT_MS * 0.8, `idle ${waited.idle} ms after waiting ${WAIT_MS} ms`);
  assert.ok(waited.utilization < 0.5, JSON.stringify(waited));
  assert.ok(Math.abs(nodeTiming.idleTime - first.idle - waited.idle) < 20);

  const before = performance.eventLoopUtilization();
  const spinStart = Date.now();
  while (Date.now() - spinStart < BUSY_MS);
  const busy = performance.eventLoopUtilization(before);
  assert.ok(busy.active >= BUSY_MS - 1, JSON.stringify(busy));
  assert.ok(busy.idle < 20, JSON.stringify(busy));
  assert.ok(busy.utilization > 0.9, JSON.stringify(busy));

  // Two readings: the change from the second to the first, computed from them alone.
  const later = performance.eventLoopUtilization();
  const between = performance.eventLoopUtilization(later, first);
  assert.strictEqual(between.idle, later.idle - first.idle);
  assert.strictEqual(between.active, later.active - first.active);
  assert.strictEqual(between.utilization, between.active / (between.idle + between.active));
}
