'use strict';
// examples/multi-process/: the master (title node-master) listens on :3000 and forks one worker
// (title node-worker) per CPU, sending each the server. A GET answers
// `I am worker, pid: W, ppid: M`, then that worker throws: it reports `suicide`, the master forks
// a replacement, and logs `worker process exited, code: 1 signal: null` for the old one.
// SIGINT or SIGTERM to the master makes it SIGINT every worker and exit: no process is left.
const assert = require('assert');
const os = require('os');
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

h.main('multi-process', async ({ differential }) => {
  const n = os.cpus().length;
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    // Run 1: a request makes a worker throw; it is replaced; then SIGINT.
    const dir = h.copySample('multi-process');
    let run = h.start(runtime, 'master.js', [], { cwd: dir });
    await h.waitFor(() => created(run).length === n, 60000, `${n} workers`, run);
    let workers = created(run);
    await checkTitles(run, workers);
    // The master never closes its own copy of the server, so the kernel may hand a connection to
    // the master, which has no 'connection' listener: that request hangs (node does the same).
    // Retry until a worker answers.
    let res;
    for (let i = 0; !res; i++) {
      try {
        res = await h.get('/', { timeout: 5000 });
      } catch (e) {
        if (i === 8) throw e;
      }
    }
    const m = /^I am worker, pid: (\d+), ppid: (\d+)$/.exec(res.body);
    assert.ok(m, `${runtime}: answer ${JSON.stringify(res.body)}`);
    const thrower = Number(m[1]);
    assert.ok(workers.includes(thrower), `${runtime}: answered by ${thrower}, one of ${workers}`);
    assert.strictEqual(Number(m[2]), run.pid, `${runtime}: the answer's ppid is the master's pid`);
    await run.waitOut(/^worker process exited, code: 1 signal: null$/m, 60000);
    await h.waitFor(() => created(run).length === n + 1, 60000, 'a replacement worker', run);
    await h.waitGone([thrower], 10000);
    workers = created(run).filter((w) => w !== thrower);
    assert.strictEqual(workers.length, n);
    await checkTitles(run, workers);
    assert.match(run.out, /^Error: worker process exception!$/m, `${runtime}: the worker logs its error`);
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
    await stop(run, 'SIGINT', workers);
    const pids1 = [run.pid, ...created(run)];
    // The error's stack: the sample's own frame stays, the runtime's frames go
    // (KNOWN-DIFFERENCES.md, "stack frames").
    const out1 = h.dropInternalFrames(h.mask(run.out, { pids: pids1, dirs: [dir] }));

    // Run 2: SIGTERM as soon as the workers are up.
    run = h.start(runtime, 'master.js', [], { cwd: h.copySample('multi-process') });
    await h.waitFor(() => created(run).length === n, 60000, `${n} workers`, run);
    workers = created(run);
    await checkTitles(run, workers);
    await stop(run, 'SIGTERM', workers);
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
    const out2 = h.mask(run.out, { pids: [run.pid, ...workers] });
    outputs[runtime] = `${out1}\n---\n${out2}`;
  }
  // Lines of different processes interleave as they please: compare them as multisets.
  if (differential) h.compare('multi-process', outputs.jnode, outputs.node, { sortLines: true });
});
