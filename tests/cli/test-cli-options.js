'use strict';
// The command line: -e/-p/-pe, arguments, stdin scripts, -r, --title, -v, and node's answers to
// bad options. Runs this runtime's own executable (process.execPath) in child processes.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

function run(args, input) {
  const r = spawnSync(process.execPath, args, { input, encoding: 'utf8' });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

let r = run(['-p', '1 + 2']);
assert.deepStrictEqual([r.status, r.stdout], [0, '3\n']);

// -pe is node's one combined form; -ep is not.
r = run(['-pe', '1 + 2']);
assert.deepStrictEqual([r.status, r.stdout], [0, '3\n']);
r = run(['-ep', '1']);
assert.strictEqual(r.status, 9);

// process.openStdin(): stdin, flowing.
r = run(['-e', 'process.openStdin().on("data", (d) => process.stdout.write("got " + d))'], 'abc');
assert.deepStrictEqual([r.status, r.stdout], [0, 'got abc']);

r = run(['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', 'a', 'b']);
assert.deepStrictEqual([r.status, r.stdout], [0, '["a","b"]\n']);

r = run(['-p', 'process.execArgv.length + ":" + typeof require + ":" + __filename']);
assert.strictEqual(r.stdout, '2:function:[eval]\n');

r = run(['-', 'x'], 'console.log(process.argv[1], process.argv[2])');
assert.deepStrictEqual([r.status, r.stdout], [0, '- x\n']);

r = run([], 'console.log("from stdin")');
assert.deepStrictEqual([r.status, r.stdout], [0, 'from stdin\n']);

r = run(['-r', path.join(__dirname, 'fixtures', 'preload.js'), '-p', 'globalThis.preloaded']);
assert.strictEqual(r.stdout, 'yes\n');

r = run(['--title=my-title', '-p', 'process.title']);
assert.strictEqual(r.stdout, 'my-title\n');

r = run(['-v']);
assert.match(r.stdout, /^v20\.\d+\.\d+\n$/);

r = run(['--', path.join(__dirname, 'fixtures', 'argv.js'), '--not-an-option']);
assert.strictEqual(r.stdout, '["--not-an-option"]\n');

// Bad input gets node's answers.
const name = process.execPath; // node names itself by argv[0], here the full path
r = run(['--no-such-option']);
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr, `${name}: bad option: --no-such-option\n`);
r = run(['-e']);
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr, `${name}: -e requires an argument\n`);
r = run([path.join(__dirname, 'fixtures', 'missing.js')]);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Error: Cannot find module '.*missing\.js'/);
assert.match(r.stderr, /code: 'MODULE_NOT_FOUND'/);
