'use strict';
// Shared by test-samples-ipc.js and test-samples-ipc-piped.js: pipe.js, under `jnode --as-node`,
// spawns `node worker.js` (jnode standing in) and prints the parent's and the child's pids;
// `tail(child)` is what the sample prints after that line.
const assert = require('assert');
const h = require('./harness');

function checkIpcSample(sample, tail) {
  h.main(sample, async ({ differential }) => {
    const outputs = {};
    for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
      const run = h.start(runtime, 'pipe.js', [], { cwd: h.copySample(sample), asNode: true });
      const m = await run.waitOut(/^(\d+) (\d+)\n/, 60000);
      const [parent, child] = [Number(m[1]), Number(m[2])];
      h.track(child);
      assert.strictEqual(parent, run.pid, `${runtime}: the first pid is the sample's own`);
      assert.notStrictEqual(child, parent);
      if (h.alive(child)) {
        const ppid = h.ps(child, 'ppid');
        if (ppid !== null) assert.strictEqual(Number(ppid), parent, `${runtime}: the child's ppid`);
      }
      const { code, signal } = await run.waitExit(60000);
      assert.strictEqual(code, 0, `${runtime}: exit code\n${run.err}`);
      assert.strictEqual(signal, null);
      assert.strictEqual(run.out, `${parent} ${child}\n${tail(child)}`, `${runtime}: stdout`);
      assert.strictEqual(run.err, '', `${runtime}: stderr`);
      outputs[runtime] = h.mask(run.out, { pids: [parent, child] });
    }
    if (differential) h.compare(`${sample} stdout`, outputs.jnode, outputs.node);
  });
}

module.exports = { checkIpcSample };
