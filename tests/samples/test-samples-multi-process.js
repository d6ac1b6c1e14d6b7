'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/multi-process/: the master (title node-master) listens on :3000 and forks one worker
// (title node-worker) per CPU, sending each the server. A GET answers
// `I am worker, pid: W, ppid: M`, then that worker throws: it reports `suicide`, the master forks
// a replacement, and logs `worker process exited, code: 1 signal: null` for the old one.
// SIGINT or SIGTERM to the master makes it SIGINT every worker and exit: no process is left
// (SIGINT here, after a replacement; SIGTERM in test-samples-multi-process-sigterm.js).
const assert = require('assert');
const os = require('os');
const h = require('./harness');
const { created, checkTitles, stop } = require('./multi-process-common');

h.main('multi-process', async ({ differential }) => {
  const n = os.cpus().length;
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    // A request makes a worker throw; it is replaced; then SIGINT.
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

    outputs[runtime] = out1;
  }
  // Lines of different processes interleave as they please: compare them as multisets.
  if (differential) h.compare('multi-process', outputs.jnode, outputs.node, { sortLines: true });
});
