'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/spawn/spawn.js: `ls -l` in /usr through a piped stdout, after the parent's and the
// child's pids.
const assert = require('assert');
const cp = require('child_process');
const h = require('./harness');

h.main('spawn', async ({ differential }) => {
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    const run = h.start(runtime, 'spawn.js', [], { cwd: h.copySample('spawn') });
    const { code, signal } = await run.waitExit(60000);
    assert.strictEqual(code, 0, `${runtime}: exit code\n${run.err}`);
    assert.strictEqual(signal, null);
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
    const m = /^(\d+) (\d+)\n/.exec(run.out);
    assert.ok(m, `${runtime}: the first line is "<pid> <child pid>"\n${run.out}`);
    const [parent, child] = [Number(m[1]), Number(m[2])];
    assert.strictEqual(parent, run.pid, `${runtime}: the first pid is the sample's own`);
    assert.notStrictEqual(child, parent);
    const ls = cp.execFileSync('ls', ['-l'], { cwd: '/usr', encoding: 'utf8' });
    assert.ok(ls.startsWith('total '));
    assert.strictEqual(run.out.slice(m[0].length), ls, `${runtime}: the rest is \`ls -l\` of /usr`);
    outputs[runtime] = h.mask(run.out, { pids: [parent, child] });
  }
  if (differential) h.compare('spawn stdout', outputs.jnode, outputs.node);
});
