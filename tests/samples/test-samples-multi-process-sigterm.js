'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/multi-process/: SIGTERM to the master (as soon as its workers are up) makes it SIGINT
// every worker and exit 0, leaving no process behind. (SIGINT and a worker's replacement:
// test-samples-multi-process.js.)
const assert = require('assert');
const os = require('os');
const h = require('./harness');
const { created, checkTitles, stop } = require('./multi-process-common');

h.main('multi-process-sigterm', async ({ differential }) => {
  const n = os.cpus().length;
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    const run = h.start(runtime, 'master.js', [], { cwd: h.copySample('multi-process') });
    await h.waitFor(() => created(run).length === n, 60000, `${n} workers`, run);
    const workers = created(run);
    await checkTitles(run, workers);
    await stop(run, 'SIGTERM', workers);
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
    outputs[runtime] = h.mask(run.out, { pids: [run.pid, ...workers] });
  }
  // Lines of different processes interleave as they please: compare them as multisets.
  if (differential) h.compare('multi-process SIGTERM', outputs.jnode, outputs.node, { sortLines: true });
});
