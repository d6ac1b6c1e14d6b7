'use strict';
// 'gc' entries: each collection while an observer watches, none once it disconnects, and
// watching does not keep the process alive.
const assert = require('assert');
const { PerformanceObserver, performance, constants } = require('perf_hooks');
const { spawnSync } = require('child_process');

function churn() {
  let keep = [];
  for (let i = 0; i < 2e6; i++) {
    keep.push({ i, s: `x${i}` });
    if (keep.length > 1e4) keep = [];
  }
  return keep.length;
}

const seen = [];
const obs = new PerformanceObserver((list) => seen.push(...list.getEntries()));
obs.observe({ type: 'gc' });
const started = performance.now();

(function waitForGc(tries) {
  churn();
  if (seen.length === 0) {
    assert.ok(tries < 50, 'no gc entry after 50 rounds of garbage');
    return setTimeout(waitForGc, 10, tries + 1);
  }
  const e = seen[0];
  assert.strictEqual(e.constructor.name, 'PerformanceNodeEntry');
  assert.strictEqual(e.name, 'gc');
  assert.strictEqual(e.entryType, 'gc');
  assert.ok([constants.NODE_PERFORMANCE_GC_MINOR, constants.NODE_PERFORMANCE_GC_MAJOR].includes(e.detail.kind));
  assert.strictEqual(e.detail.flags, constants.NODE_PERFORMANCE_GC_FLAGS_NO);
  // The collection is on the timeline: it ended after the observer started (give or take the ms
  // GcInfo rounds to), and began before now.
  assert.ok(e.startTime + e.duration >= started - 2, `${e.startTime} + ${e.duration} vs ${started}`);
  assert.ok(e.startTime <= performance.now());
  assert.ok(e.duration >= 0);
  assert.deepStrictEqual(Object.keys(e.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);

  obs.disconnect();
  setTimeout(() => {
    const count = seen.length;
    churn();
    setTimeout(() => {
      assert.strictEqual(seen.length, count, 'entries after disconnect');
      exitsWhileObserving();
    }, 50);
  }, 50);
})(0);

// An observer alone keeps no process running.
function exitsWhileObserving() {
  const child = spawnSync(process.execPath, ['-e', `
    const { PerformanceObserver } = require('perf_hooks');
    new PerformanceObserver(() => {}).observe({ type: 'gc' });
    let a = []; for (let i = 0; i < 1e6; i++) a.push({ i });
    console.log('done');`], { encoding: 'utf8', timeout: 60000 });
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, 'done\n');
}
