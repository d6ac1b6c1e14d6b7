'use strict';
// A missing command or a bad cwd: `spawn nope ENOENT` as an async 'error', thrown by the Sync forms.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

const c = cp.spawn('nope-no-such-command', ['a', 'b']);
assert.strictEqual(c.pid, undefined);
c.on('exit', common.mustNotCall());
c.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'spawn nope-no-such-command ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawn nope-no-such-command');
  assert.strictEqual(err.path, 'nope-no-such-command');
  assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
}));
c.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, -2);
  assert.strictEqual(signal, null);
}));

const d = cp.spawn('ls', { cwd: '/no/such/dir' });
d.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawn ls');
  assert.strictEqual(err.path, 'ls');
}));

cp.exec('x', { shell: '/no/such/shell' }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));

assert.throws(() => cp.execFileSync('nope-no-such-command', ['x']), (err) => {
  assert.strictEqual(err.message, 'spawnSync nope-no-such-command ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawnSync nope-no-such-command');
  assert.strictEqual(err.path, 'nope-no-such-command');
  assert.deepStrictEqual(err.spawnargs, ['x']);
  assert.strictEqual(err.status, null);
  assert.strictEqual(err.pid, 0);
  return true;
});
const r = cp.spawnSync('nope-no-such-command');
assert.strictEqual(r.error.code, 'ENOENT');
assert.strictEqual(r.output, null);
assert.strictEqual(r.pid, 0);
