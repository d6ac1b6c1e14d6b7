'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/port-conflict/: the master forks one worker per CPU and each worker listen(3000)s on
// its own. One wins and serves; every other one dies of
// `Error: listen EADDRINUSE: address already in use :::3000` (on the inherited stderr).
const assert = require('assert');
const os = require('os');
const h = require('./harness');

const EADDRINUSE = 'Error: listen EADDRINUSE: address already in use :::3000';

h.main('port-conflict', async ({ differential }) => {
  const n = os.cpus().length;
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    const run = h.start(runtime, 'master.js', [], { cwd: h.copySample('port-conflict') });
    const re = /^worker process created, pid: (\d+) ppid: (\d+)$/gm;
    await h.waitFor(() => (run.out.match(re) || []).length === n, 60000, `${n} workers`, run);
    const workers = [...run.out.matchAll(re)].map((m) => {
      assert.strictEqual(Number(m[2]), run.pid, `${runtime}: each printed ppid is the master's pid`);
      h.track(m[1]);
      return Number(m[1]);
    });
    // n - 1 workers throw EADDRINUSE and exit; one stays.
    await h.waitFor(() => run.err.split('\n').filter((l) => l === EADDRINUSE).length === n - 1, 60000,
      `${n - 1} x "${EADDRINUSE}"`, run);
    await h.waitFor(() => workers.filter(h.alive).length === 1, 30000, 'the losers to exit', run);
    const [winner] = workers.filter(h.alive);
    assert.strictEqual(Number(h.ps(winner, 'ppid')), run.pid, `${runtime}: the winner is the master's child`);
    const res = await h.get('/');
    assert.strictEqual(res.body, `I am worker, pid: ${winner}, ppid: ${run.pid}`, `${runtime}: the winner serves :3000`);
    assert.ok(h.alive(run.pid), `${runtime}: the master lives on while a worker does`);
    for (const l of run.err.split('\n').filter((l) => l.startsWith('Error'))) {
      assert.strictEqual(l, EADDRINUSE, `${runtime}: every error is EADDRINUSE`);
    }
    // Compare the error reports: the masked stderr without the stack frames and the source
    // header (KNOWN-DIFFERENCES.md, "uncaught error header").
    const errs = h.dropInternalFrames(h.mask(run.err, { pids: [run.pid, ...workers] }))
      .split('\n').filter((l) => l.startsWith('Error') || /^ {2}\w+: /.test(l) || l === '}' || l.startsWith('Node.js v'));
    outputs[runtime] = h.mask(run.out, { pids: [run.pid, ...workers] }) + errs.join('\n');
    process.kill(winner, 'SIGKILL');
    process.kill(run.pid, 'SIGKILL');
    await h.waitGone([run.pid, ...workers]);
    await h.waitFor(async () => !(await h.portOpen()), 20000, 'port 3000 to be free');
  }
  if (differential) h.compare('port-conflict', outputs.jnode, outputs.node);
});
