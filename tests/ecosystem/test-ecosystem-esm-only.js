'use strict';
// Real npm packages that ship only ES modules: chalk 5, nanoid 5 and execa 8 (npm ci from the
// lockfile in ecosystem/esm-only), imported from a "type": "module" program and through import()
// from CommonJS, print the same under jnode as under node.
const assert = require('assert');
const { installFixture, hasNode, run } = require('./npm-fixture');

const dir = installFixture('esm-only');

const r = run(process.execPath, dir, ['main.js']);
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stderr, '');
assert.deepStrictEqual(r.stdout.trim().split('\n'), [
  '\x1b[31mred\x1b[39m \x1b[1m\x1b[32mbold green\x1b[39m\x1b[22m plain',
  'default level 0 false',
  'nanoid 21 true 10',
  'custom true',
  'execa 0 out err',
  'execa exit 3 Command failed with exit code 3: sh -c exit 3',
  'execa enoent ENOENT',
  '$ template literal',
  'sync sync',
  'killed SIGTERM undefined',
  'createRequire function',
  'from cjs 5 true',
]);
if (hasNode) {
  const n = run('node', dir, ['main.js']);
  assert.strictEqual(r.stdout, n.stdout);
}
