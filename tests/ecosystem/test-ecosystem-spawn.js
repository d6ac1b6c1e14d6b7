'use strict';
// Real npm packages: the process-spawning helpers cross-spawn 7 and execa 5 (npm ci from the
// lockfile in ecosystem/spawn): output, exit codes, ENOENT, signals, stdin, kill() and
// the sync forms, the same under jnode as under node.
const assert = require('assert');
const { installFixture, hasNode, run } = require('./npm-fixture');

const dir = installFixture('spawn');

const r = run(process.execPath, dir, ['spawn.js']);
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stderr, '');
assert.deepStrictEqual(r.stdout.trim().split('\n'), [
  'cross-spawn echo: close 0 null "hi there\\n"',
  'cross-spawn exit: close 3 null "x"',
  'cross-spawn enoent: error ENOENT spawn no-such-command-jnode no-such-command-jnode',
  'cross-spawn signal: close null SIGTERM ""',
  'cross-spawn sync: 2 "out\\n" "err\\n"',
  'execa ok: ok 0 "out" "err"',
  'execa exit: failed exit=7 signal=undefined code=undefined timedOut=false killed=false "Command failed with exit code 7: sh -c exit 7"',
  'execa enoent: failed exit=undefined signal=undefined code=ENOENT timedOut=false killed=false "Command failed with ENOENT: no-such-command-jnode a\\nspawn no-such-command-jnode ENOENT"',
  'execa signal: failed exit=undefined signal=SIGKILL code=undefined timedOut=false killed=false "Command was killed with SIGKILL (Forced termination): sh -c kill -KILL $$"',
  'execa input: ok 0 "from stdin" ""',
  'execa command: ok 0 "a b" ""',
  'execa kill: SIGINT false true',
  'execa sync: 0 sync',
  'execa sync fail: 4 Command failed with exit code 4: sh -c exit 4',
  'execa node: true',
]);
if (hasNode) assert.strictEqual(r.stdout, run('node', dir, ['spawn.js']).stdout);
