'use strict';
// An ES module main script that fails while linking or running, and require() of an ES module
// with a top-level await, exit 1 with node's message.
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'esm');
const run = (runtime, file) => spawnSync(runtime, [path.join(dir, file)], { cwd: dir, encoding: 'utf8' });

const cases = {
  'bad/throws.mjs': 'TypeError: top-level',
  'bad/missing-named-cjs.mjs': "SyntaxError: Named export 'nope' not found. The requested module " +
    "'../lib/cjs-named.cjs' is a CommonJS module, which may not support all module.exports as named exports.",
  'bad/require-tla.cjs': 'Error [ERR_REQUIRE_ASYNC_MODULE]: require() cannot be used on an ESM graph with ' +
    'top-level await. Use import() instead. To see where the top-level await comes from, use ' +
    '--experimental-print-required-tla.',
};
const hasNode = !spawnSync('node', ['--version']).error;
for (const [file, line] of Object.entries(cases)) {
  const r = run(process.execPath, file);
  assert.strictEqual(r.status, 1, file);
  assert.ok(r.stderr.split('\n').includes(line), `${file}: ${r.stderr}`);
  if (file === 'bad/throws.mjs') assert.strictEqual(r.stdout, 'before\n');
  if (hasNode) assert.ok(run('node', file).stderr.split('\n').includes(line), file);
}

