'use strict';
// Real npm package: the process-tree killer tree-kill 1.2 (npm ci from the lockfile in
// ecosystem/tree-kill) finds a shell's children with ps and kills the whole tree, the same under
// jnode as under node.
const assert = require('assert');
const { installFixture, hasNode, run } = require('./npm-fixture');

const dir = installFixture('tree-kill');

const r = run(process.execPath, dir, ['kill.js']);
assert.strictEqual(r.status, 0, r.stderr);
assert.deepStrictEqual(r.stdout.trim().split('\n'), [
  'grandchildren 2',
  'killed ok',
  'shell exited true',
  'grandchildren alive 0',
  'missing pid no error',
  'bad signal ERR_UNKNOWN_SIGNAL Unknown signal: SIGNOPE',
]);
if (hasNode) assert.strictEqual(r.stdout, run('node', dir, ['kill.js']).stdout);
