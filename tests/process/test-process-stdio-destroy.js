'use strict';
// process.stdout/stderr.destroy() emits 'close' but leaves them writable, as in node: later
// console.log and write() calls still reach the fd, to a pipe and to a file alike.
require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const program = `
process.stdout.on('close', () => console.error('stdout close'));
process.stdout.destroy();
console.log('stdout');
process.stdout.write('rocks\\n');
process.stderr.destroy();
console.error('stderr', process.stdout.destroyed, process.stdout.writable);
setTimeout(() => process.stdout.write('later\\n'), 10);`;

const piped = cp.spawnSync(process.execPath, ['-e', program], { encoding: 'utf8' });
assert.strictEqual(piped.status, 0, piped.stderr);
assert.strictEqual(piped.stdout, 'stdout\nrocks\nlater\n');
assert.strictEqual(piped.stderr, 'stderr false true\nstdout close\n');

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-stdio-')), 'out.txt');
const fd = fs.openSync(file, 'w');
const toFile = cp.spawnSync(process.execPath, ['-e', program], { stdio: ['ignore', fd, fd] });
fs.closeSync(fd);
assert.strictEqual(toFile.status, 0);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'stdout\nrocks\nstderr false true\nstdout close\nlater\n');
fs.rmSync(path.dirname(file), { recursive: true });
