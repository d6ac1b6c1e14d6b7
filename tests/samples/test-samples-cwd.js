'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/cwd/chdir.js: process.chdir to a directory that does not exist throws node's ENOENT
// error, word for word, and the process exits with code 1.
const assert = require('assert');
const h = require('./harness');

h.main('cwd', async ({ differential }) => {
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    const dir = h.copySample('cwd');
    const run = h.start(runtime, 'chdir.js', [], { cwd: dir });
    const { code, signal } = await run.waitExit(60000);
    assert.strictEqual(code, 1, `${runtime}: exit code\n${run.err}`);
    assert.strictEqual(signal, null);
    assert.strictEqual(run.out, '', `${runtime}: nothing on stdout (the cwd is never printed)`);
    const line = `Error: ENOENT: no such file or directory, chdir '${dir}' -> '/Users/may/Documents/test/'`;
    assert.ok(run.err.split('\n').includes(line), `${runtime}: stderr lacks the line\n${line}\n--- stderr:\n${run.err}`);
    for (const prop of ["errno: -2", "code: 'ENOENT'", "syscall: 'chdir'", `path: '${dir}'`, "dest: '/Users/may/Documents/test/'"]) {
      assert.ok(run.err.includes(`  ${prop}`), `${runtime}: stderr lacks ${prop}\n${run.err}`);
    }
    // The source-context header (file:line, the line, the caret) points into the runtime's own
    // code, and so do the internal stack frames: KNOWN-DIFFERENCES.md, "uncaught error header".
    const lines = h.dropInternalFrames(h.mask(run.err, { dirs: [dir] })).split('\n');
    const from = lines.findIndex((l) => l.startsWith('Error: ENOENT'));
    outputs[runtime] = lines.slice(from).join('\n');
  }
  if (differential) h.compare('cwd stderr', outputs.jnode, outputs.node);
});
