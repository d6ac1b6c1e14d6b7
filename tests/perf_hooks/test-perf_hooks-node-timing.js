'use strict';
// performance.nodeTiming's milestones and process.uptime() share one time origin: the start of this
// process's runtime. nodeStart < v8Start < environment < bootstrapComplete, all before the main
// script; loopExit is -1 until the loop has ended ('beforeExit' included) and set in 'exit'. A forked
// child counts from its own start, also when a warm spare (started earlier) became it.
const assert = require('assert');
const { fork } = require('child_process');
const { performance } = require('perf_hooks');

const { nodeTiming } = performance;
const atStart = performance.now();

function checkMilestones(t, now) {
  assert.ok(t.nodeStart >= 0, `nodeStart ${t.nodeStart}`);
  assert.ok(t.v8Start > t.nodeStart || (t.v8Start === t.nodeStart && t.forked), JSON.stringify(t));
  assert.ok(t.environment >= t.v8Start, JSON.stringify(t));
  assert.ok(t.bootstrapComplete > t.environment, JSON.stringify(t));
  assert.ok(t.bootstrapComplete <= now, `bootstrapComplete ${t.bootstrapComplete} after the script began (${now})`);
}

if (process.argv[2] === 'child') {
  process.send({ ...nodeTiming.toJSON(), atStart, uptime: process.uptime() * 1000, forked: true });
  return;
}

checkMilestones(nodeTiming.toJSON(), atStart);
assert.ok(nodeTiming.v8Start > nodeTiming.nodeStart, 'a cold start builds its engine after it starts');
// process.uptime() counts from the same origin as performance.now().
const uptimeMs = process.uptime() * 1000;
assert.ok(Math.abs(uptimeMs - performance.now()) < 50, `uptime ${uptimeMs} ms, now ${performance.now()} ms`);
assert.strictEqual(nodeTiming.loopExit, -1);

let beforeExitSeen = false;
process.on('beforeExit', () => {
  if (beforeExitSeen) return;
  beforeExitSeen = true;
  assert.strictEqual(nodeTiming.loopExit, -1, 'the loop has not ended while beforeExit runs');
});
process.on('exit', () => {
  assert.ok(beforeExitSeen);
  assert.ok(nodeTiming.loopExit >= nodeTiming.loopStart, `loopExit ${nodeTiming.loopExit}, loopStart ${nodeTiming.loopStart}`);
  assert.ok(nodeTiming.loopExit <= performance.now());
  assert.deepStrictEqual(nodeTiming.toJSON().loopExit, nodeTiming.loopExit);
});

// Two forks in a row: the second is likely a warm spare's, whose JVM started with the first.
function forkOnce() {
  return new Promise((resolve, reject) => {
    const forkedAt = performance.now();
    const child = fork(__filename, ['child']);
    child.on('error', reject);
    child.on('message', (t) => {
      const elapsed = performance.now() - forkedAt;
      child.disconnect();
      resolve({ t, elapsed });
    });
  });
}

(async () => {
  for (let i = 0; i < 2; i++) {
    const { t, elapsed } = await forkOnce();
    checkMilestones(t, t.atStart);
    assert.strictEqual(t.loopExit, -1);
    assert.strictEqual(t.loopStart, -1);
    assert.ok(t.uptime <= elapsed + 1, `child ${i}: uptime ${t.uptime} ms, but forked ${elapsed} ms ago`);
  }
  assert.strictEqual(nodeTiming.loopExit, -1);
})().catch((err) => {
  process.exitCode = 1;
  throw err;
});
