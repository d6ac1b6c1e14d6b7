'use strict';
// Real npm packages: the CLI argument parsers commander 12 and yargs 17 (npm ci from the
// lockfile in ecosystem/cli) parse options, subcommands and positionals, print their help and
// fail on bad input with the same output and exit code under jnode as under node.
const assert = require('assert');
const { installFixture, hasNode, run } = require('./npm-fixture');

const dir = installFixture('cli');

const cases = [
  { args: ['commander.js', 'build', 'app', 'lib1', 'lib2', '-j', '4', '--no-cache', '-D', 'a=1', 'b=2'], status: 0,
    stdout: '{"cmd":"build","target":"app","extra":["lib1","lib2"],"opts":{"jobs":4,"cache":false,"define":["a=1","b=2"]}}\n' },
  { args: ['commander.js', '--help'], status: 0 },
  { args: ['commander.js', 'serve', '--bogus'], status: 1,
    stdout: "error: unknown option '--bogus'\nexit 1 commander.unknownOption\n" },
  { args: ['commander.js', 'build', 'x', '-j', 'nope'], status: 1,
    stdout: "error: option '-j, --jobs <n>' argument 'nope' is invalid. Not a number.\nexit 1 commander.invalidArgument\n" },
  { args: ['yargs.js', 'copy', 'a.txt', '-s', '5', '--tag', 'x', '--tag', 'y', '-vvv', '--dry-run'], status: 0,
    stdout: '{"_":["copy"],"s":5,"size":5,"tag":["x","y"],"v":3,"verbose":3,"dry-run":true,"dryRun":true,' +
      '"dest":"out","src":"a.txt"}\n' },
  { args: ['yargs.js', '--help'], status: 0 },
  { args: ['yargs.js', '--unknown'], status: 1, stdout: 'fail: Unknown argument: unknown\n' },
];

for (const c of cases) {
  const r = run(process.execPath, dir, c.args);
  const what = c.args.join(' ');
  assert.strictEqual(r.status, c.status, `${what}: ${r.stderr}`);
  assert.strictEqual(r.stderr, '', what);
  if (c.stdout !== undefined) assert.strictEqual(r.stdout, c.stdout, what);
  else assert.match(r.stdout, /Usage: |Options:/, what);
  if (hasNode) {
    const n = run('node', dir, c.args);
    assert.strictEqual(r.stdout, n.stdout, what);
    assert.strictEqual(r.status, n.status, what);
  }
}
