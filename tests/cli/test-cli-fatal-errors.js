'use strict';
// What an uncaught error prints and the exit code it gives, word for word as node.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

function run(file) {
  const r = spawnSync(process.execPath, [path.join(__dirname, 'fixtures', file)], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}
const version = process.version;

let r = run('throw-error.js');
assert.strictEqual(r.status, 1);
const lines = r.stderr.split('\n');
assert.strictEqual(lines[0], path.join(__dirname, 'fixtures', 'throw-error.js') + ':3');
assert.strictEqual(lines[1], "  throw new RangeError('out of luck');");
assert.strictEqual(lines[2], '  ^');
assert.strictEqual(lines[3], '');
assert.strictEqual(lines[4], 'RangeError: out of luck');
assert.match(lines[5], /^ {4}at fail \(.*throw-error\.js:3:9\)$/);
assert.ok(r.stderr.endsWith(`\n\nNode.js ${version}\n`), r.stderr);

r = run('throw-primitive.js');
assert.strictEqual(r.status, 1);
assert.ok(r.stderr.includes("throw 'just a string';"), r.stderr);
assert.ok(r.stderr.includes('just a string\n(Use `node --trace-uncaught ...` to show where the exception was thrown)'), r.stderr);

r = run('unhandled-rejection.js');
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /\nUnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with \.catch\(\)\. The promise rejected with the reason "nope"\.\n {4}at /);
assert.match(r.stderr, / \{\n {2}code: 'ERR_UNHANDLED_REJECTION'\n\}\n\nNode\.js /);

r = run('handler-throws.js');
assert.strictEqual(r.status, 7);

r = run('exit-in-exit.js');
assert.deepStrictEqual([r.status, r.stdout], [42, 'exit 42\n']);
