'use strict';
// ES modules as the main script: .mjs, and .js where the nearest package.json says "type":
// "module"; every good import form in one program (fixtures/esm/main.mjs), its output the same
// as node's; an error while loading or running exits 1 with node's message.
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'esm');
const run = (runtime, file) => spawnSync(runtime, [path.join(dir, file)], { cwd: dir, encoding: 'utf8' });

const expected = [
  'cjs-order runs',
  'esm-order runs',
  'hello esm util util',
  '1 1 beta 3 4 alpha,beta,default,delta,gamma',
  '4 5 1 2 1 1 1',
  'util! cjs',
  'true true',
  'true true',
  'esm internal sub a exp-pkg main main esm-main',
  'true true function function',
  'function true late',
  'true undefined undefined',
  'util true',
  'true 1',
  'function function',
];
const main = run(process.execPath, 'main.mjs');
assert.strictEqual(main.status, 0, main.stderr);
assert.deepStrictEqual(main.stdout.trim().split('\n'), expected);

const typeModule = run(process.execPath, 'typemod/main.js');
assert.strictEqual(typeModule.status, 0, typeModule.stderr);
assert.strictEqual(typeModule.stdout, 'util! cjs main.js undefined\n');

const cases = {
  'bad/throws.mjs': 'TypeError: top-level',
  'bad/tla-reject.mjs': 'RangeError: late',
  'bad/missing-named-cjs.mjs': "SyntaxError: Named export 'nope' not found. The requested module " +
    "'../lib/cjs-named.cjs' is a CommonJS module, which may not support all module.exports as named exports.",
  'bad/missing-object-key.mjs': "SyntaxError: Named export 'f' not found. The requested module " +
    "'../lib/cjs-object.cjs' is a CommonJS module, which may not support all module.exports as named exports.",
  'bad/require-tla.cjs': 'Error [ERR_REQUIRE_ASYNC_MODULE]: require() cannot be used on an ESM graph with ' +
    'top-level await. Use import() instead. To see where the top-level await comes from, use ' +
    '--experimental-print-required-tla.',
};
for (const [file, line] of Object.entries(cases)) {
  const r = run(process.execPath, file);
  assert.strictEqual(r.status, 1, file);
  assert.ok(r.stderr.split('\n').includes(line), `${file}: ${r.stderr}`);
}
assert.strictEqual(run(process.execPath, 'bad/throws.mjs').stdout, 'before\n');

// The same programs under node print the same.
if (!spawnSync('node', ['--version']).error) {
  assert.strictEqual(run('node', 'main.mjs').stdout, main.stdout);
  assert.strictEqual(run('node', 'typemod/main.js').stdout, typeModule.stdout);
  for (const [file, line] of Object.entries(cases)) {
    assert.ok(run('node', file).stderr.split('\n').includes(line), file);
  }
}
