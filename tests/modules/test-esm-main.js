'use strict';
// ES modules as the main script: .mjs, and .js where the nearest package.json says "type":
// "module"; every good import form in one program (fixtures/esm/main.mjs), its output the same
// as node's.
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

// The same programs under node print the same.
if (!spawnSync('node', ['--version']).error) {
  assert.strictEqual(run('node', 'main.mjs').stdout, main.stdout);
  assert.strictEqual(run('node', 'typemod/main.js').stdout, typeModule.stdout);
}
