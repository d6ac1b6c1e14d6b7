'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/handle-pass/: the master listens on :3000, forks one worker per CPU, sends each the
// server, then closes its own copy. Every worker serves :3000 (no EADDRINUSE); ps shows the
// titles node-master and node-worker.
const assert = require('assert');
const os = require('os');
const h = require('./harness');

h.main('handle-pass', async ({ differential }) => {
  const n = os.cpus().length;
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    const run = h.start(runtime, 'master.js', [], { cwd: h.copySample('handle-pass') });
    const re = /^worker process created, pid: (\d+) ppid: (\d+)$/gm;
    await run.waitOut(/^serve close$/m, 60000);
    const workers = [...run.out.matchAll(re)].map((m) => {
      assert.strictEqual(Number(m[2]), run.pid, `${runtime}: each printed ppid is the master's pid`);
      h.track(m[1]);
      return Number(m[1]);
    });
    assert.strictEqual(workers.length, n, `${runtime}: one worker per CPU`);
    // Titles: the master's at once, each worker's once it has started.
    assert.strictEqual(h.ps(run.pid, 'comm'), 'node-master', `${runtime}: ps -o comm= of the master`);
    assert.strictEqual(h.ps(run.pid, 'args'), 'node-master', `${runtime}: ps -o args= of the master`);
    for (const w of workers) {
      await h.waitFor(() => h.ps(w, 'comm') === 'node-worker', 60000,
        () => `${runtime}: ps -o comm= of worker ${w} to be node-worker, it is ${h.ps(w, 'comm')}`);
      assert.strictEqual(h.ps(w, 'args'), 'node-worker', `${runtime}: ps -o args= of worker ${w}`);
      assert.strictEqual(Number(h.ps(w, 'ppid')), run.pid, `${runtime}: worker ${w}'s ppid`);
    }
    // Every answer comes from one of the workers (the master closed its copy), each time as the
    // master's child. Which worker accepts is the kernel's choice.
    const seen = new Set();
    for (let i = 0; i < 6; i++) {
      const res = await h.get('/');
      const m = /^I am worker, pid: (\d+), ppid: (\d+)$/.exec(res.body);
      assert.ok(m, `${runtime}: answer ${JSON.stringify(res.body)}`);
      assert.ok(workers.includes(Number(m[1])), `${runtime}: answered by worker ${m[1]}, one of ${workers}`);
      assert.strictEqual(Number(m[2]), run.pid);
      seen.add(m[1]);
    }
    console.log(`${runtime}: answers came from ${seen.size} of ${n} workers`);
    assert.doesNotMatch(run.err, /EADDRINUSE/, `${runtime}: no EADDRINUSE`);
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
    assert.ok(workers.every(h.alive) && h.alive(run.pid), `${runtime}: everyone lives on`);
    outputs[runtime] = h.mask(run.out, { pids: [run.pid, ...workers] });
    for (const p of [run.pid, ...workers]) process.kill(p, 'SIGKILL');
    await h.waitGone([run.pid, ...workers]);
    await h.waitFor(async () => !(await h.portOpen()), 20000, 'port 3000 to be free');
  }
  if (differential) h.compare('handle-pass', outputs.jnode, outputs.node);
});
