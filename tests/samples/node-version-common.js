'use strict';
// Shared by test-samples-exec.js and test-samples-execfile.js: both samples run `node -v` in a
// child and print { error: null, stdout: 'v20…\n', stderr: '' }; under `jnode --as-node` that
// child is jnode.
const assert = require('assert');
const cp = require('child_process');
const h = require('./harness');

function checkNodeVersionSample(sample, script) {
  h.main(sample, async ({ differential }) => {
    // Under --as-node, the `node` a child finds by name is jnode's stand-in.
    const which = cp.execFileSync(h.JNODE, ['--as-node', '-p', "require('child_process').execSync('command -v node').toString()"],
      { encoding: 'utf8', timeout: 60000 });
    assert.strictEqual(which.trim(), require('path').join(h.AS_NODE_DIR, 'node'), 'node on an --as-node child\'s PATH');

    const outputs = {};
    for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
      const run = h.start(runtime, script, [], { cwd: h.copySample(sample), asNode: true });
      const { code, signal } = await run.waitExit(60000);
      assert.strictEqual(code, 0, `${runtime}: exit code\n${run.err}`);
      assert.strictEqual(signal, null);
      assert.match(run.out, /^\{ error: null, stdout: 'v20\.\d+\.\d+\\n', stderr: '' \}\n$/, `${runtime}: stdout`);
      assert.strictEqual(run.err, '', `${runtime}: stderr`);
      outputs[runtime] = run.out;
    }
    // jnode reports node's version (v20.x.y) as its own, so the outputs are equal, unmasked.
    if (differential) h.compare(`${sample} stdout`, outputs.jnode, outputs.node);
  });
}

module.exports = { checkNodeVersionSample };
