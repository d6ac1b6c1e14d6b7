'use strict';
// Helpers shared by test-samples-multi-process.js and test-samples-multi-process-sigterm.js.
const assert = require('assert');
const h = require('./harness');

const CREATED = /^worker process created, pid: (\d+) ppid: (\d+)$/gm;

function created(run) {
  return [...run.out.matchAll(CREATED)].map((m) => {
    assert.strictEqual(Number(m[2]), run.pid, `${run.runtime}: each printed ppid is the master's pid`);
    h.track(m[1]);
    return Number(m[1]);
  });
}

async function checkTitles(run, workers) {
  const rt = run.runtime;
  assert.strictEqual(h.ps(run.pid, 'comm'), 'node-master', `${rt}: ps -o comm= of the master`);
  assert.strictEqual(h.ps(run.pid, 'args'), 'node-master', `${rt}: ps -o args= of the master`);
  for (const w of workers) {
    await h.waitFor(() => h.ps(w, 'comm') === 'node-worker', 60000,
      () => `${rt}: ps -o comm= of worker ${w} to be node-worker, it is ${h.ps(w, 'comm')}`);
    assert.strictEqual(h.ps(w, 'args'), 'node-worker', `${rt}: ps -o args= of worker ${w}`);
    assert.strictEqual(Number(h.ps(w, 'ppid')), run.pid, `${rt}: worker ${w}'s ppid`);
  }
}

/** Sends sig to the master; checks that it kills its workers and exits 0, leaving nothing. */
async function stop(run, sig, workers) {
  const rt = run.runtime;
  const family = [...new Set([...workers, ...h.descendants(run.pid)])];
  family.forEach((p) => h.track(p));
  process.kill(run.pid, sig);
  const { code, signal } = await run.waitExit(30000);
  assert.deepStrictEqual([code, signal], [0, null], `${rt}: the master exits with process.exit(0) on ${sig}`);
  await h.waitGone(family, 30000);
  const lines = run.out.split('\n');
  assert.ok(lines.includes(`进程退出！ ${sig}`), `${rt}: the master logs its ${sig}\n${run.out}`);
  for (const w of workers) {
    assert.ok(lines.includes(`master process exited, kill worker pid:  ${w}`), `${rt}: the master kills worker ${w}\n${run.out}`);
  }
}

module.exports = { created, checkTitles, stop };
