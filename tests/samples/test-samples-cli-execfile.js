'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/cli/execfile.js: spawns `echo 简单的命令行交互` and pipes its stdout into the parent's.
const assert = require('assert');
const h = require('./harness');

h.main('cli/execfile', async ({ differential }) => {
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    const run = h.start(runtime, 'execfile.js', [], { cwd: h.copySample('cli') });
    const { code, signal } = await run.waitExit(60000);
    assert.strictEqual(code, 0, `${runtime}: exit code\n${run.err}`);
    assert.strictEqual(signal, null);
    // Exact output: identical under both runtimes, so this is also the differential check.
    assert.strictEqual(run.out, '简单的命令行交互\n', `${runtime}: stdout`);
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
  }
});
