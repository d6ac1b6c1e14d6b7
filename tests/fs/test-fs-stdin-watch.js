'use strict';
// process.stdin from a pipe and from a file (in a child), and fs.watchFile/fs.watch noticing a change.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawnSync } = require('child_process');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

// stdin: all bytes arrive, then 'end'
const reader = `let n = 0; process.stdin.on('data', (d) => { n += d.length; });
  process.stdin.on('end', () => process.stdout.write('got ' + n));`;
const piped = spawnSync(process.execPath, ['-e', reader], { input: 'x'.repeat(200000) });
assert.strictEqual(piped.stdout.toString(), 'got 200000');
const file = path.join(dir, 'in.txt');
fs.writeFileSync(file, 'hello\n');
const fromFile = spawnSync(process.execPath, ['-e', reader], { stdio: [fs.openSync(file, 'r'), 'pipe', 'pipe'] });
assert.strictEqual(fromFile.stdout.toString(), 'got 6');

// a paused stdin does not keep the process alive; an untouched one neither
const pauser = `process.stdin.once('data', (d) => { process.stdout.write('first ' + d); process.stdin.pause(); });`;
const paused = spawnSync(process.execPath, ['-e', pauser], { input: 'abc', timeout: 60000 });
assert.strictEqual(paused.status, 0);
assert.strictEqual(paused.stdout.toString(), 'first abc');
const untouched = spawnSync(process.execPath, ['-e', 'process.stdin; 1'], { stdio: ['pipe', 'pipe', 'pipe'], timeout: 60000 });
assert.strictEqual(untouched.status, 0);

// watchFile sees a size change; watch sees a new file in a directory
const watched = path.join(dir, 'w.txt');
fs.writeFileSync(watched, 'a');
const onChange = mustCall((curr, prev) => {
  assert.strictEqual(prev.size, 1);
  assert.strictEqual(curr.size, 3);
  fs.unwatchFile(watched, onChange);
});
fs.watchFile(watched, { interval: 50 }, onChange);
setTimeout(() => fs.writeFileSync(watched, 'abc'), 200);

const sawNew = mustCall();
const w = fs.watch(dir, (eventType, filename) => {
  assert.ok(eventType === 'rename' || eventType === 'change', eventType);
  if (filename === 'new.txt') {
    w.close();
    sawNew();
  }
});
w.on('close', mustCall());
setTimeout(() => fs.writeFileSync(path.join(dir, 'new.txt'), 'n'), 300);

assert.throws(() => fs.watch(path.join(dir, 'nope')), { code: 'ENOENT', syscall: 'watch' });
