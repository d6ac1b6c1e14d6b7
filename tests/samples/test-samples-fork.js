'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/fork/fork.js: forks ./worker.js (process.execPath, i.e. jnode again), which prints its
// pid; the parent exits once the worker has.
const assert = require('assert');
const h = require('./harness');

h.main('fork', async ({ differential }) => {
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    const dir = h.copySample('fork');
    const run = h.start(runtime, 'fork.js', [], { cwd: dir });
    // While it runs, the worker is the sample's child.
    const m = await run.waitOut(/^I am worker, PID:  (\d+)\n/m, 60000);
    const worker = Number(m[1]);
    h.track(worker);
    assert.notStrictEqual(worker, run.pid, 'the worker is another process');
    const { code, signal } = await run.waitExit(60000);
    assert.strictEqual(code, 0, `${runtime}: exit code\n${run.err}`);
    assert.strictEqual(signal, null);
    assert.strictEqual(run.out, `I am worker, PID:  ${worker}\n`, `${runtime}: stdout`);
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
    outputs[runtime] = h.mask(run.out, { pids: [worker] });
  }
  if (differential) h.compare('fork stdout', outputs.jnode, outputs.node);
});
