'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/orphan/: the master listens on :3000, forks worker.js, sends it the server, and exits.
// The worker is an orphan now and keeps serving: it answers with its own pid and a new ppid
// (1, or the subreaper that adopted it), no longer the master's.
const assert = require('assert');
const h = require('./harness');

h.main('orphan', async ({ differential }) => {
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    const run = h.start(runtime, 'master.js', [], { cwd: h.copySample('orphan') });
    const m = await run.waitOut(/^worker process created, pid: (\d+) ppid: (\d+)\n/m, 60000);
    const [worker, master] = [Number(m[1]), Number(m[2])];
    h.track(worker);
    assert.strictEqual(master, run.pid, `${runtime}: the printed ppid is the master's pid`);
    const { code, signal } = await run.waitExit(60000);
    assert.deepStrictEqual([code, signal], [0, null], `${runtime}: the master exits with process.exit(0)\n${run.err}`);
    await h.waitGone([master], 10000);
    assert.ok(h.alive(worker), `${runtime}: the worker outlives its master`);

    const adoptive = Number(h.ps(worker, 'ppid'));
    assert.notStrictEqual(adoptive, master, `${runtime}: ps shows a new ppid`);
    const res = await h.get('/');
    assert.strictEqual(res.status, 200);
    assert.strictEqual(res.body, `I am worker, pid: ${worker}, ppid: ${adoptive}`, `${runtime}: the orphan's answer`);
    // A second request: it keeps serving.
    assert.strictEqual((await h.get('/')).body, res.body);
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
    assert.strictEqual(run.out, m[0], `${runtime}: stdout`);
    outputs[runtime] = h.mask(run.out + res.body + '\n', { pids: [worker, master, adoptive] });

    process.kill(worker, 'SIGKILL');
    await h.waitGone([worker], 20000);
    await h.waitFor(async () => !(await h.portOpen()), 20000, 'port 3000 to be free');
  }
  if (differential) h.compare('orphan', outputs.jnode, outputs.node);
});
