'use strict';
// --redirect-warnings=FILE appends warnings to FILE instead of stderr; an unwritable FILE sends
// them to stderr after all. A natural exit does not go through process.reallyExit.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-warn-')), 'w.txt');
let r = spawnSync(process.execPath, [`--redirect-warnings=${file}`, '-e', "process.emitWarning('careful')"]);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stderr.toString(), '');
assert.match(fs.readFileSync(file, 'utf8'), /^\(node:\d+\) Warning: careful\n/);

r = spawnSync(process.execPath, ['--redirect-warnings=/nonexistent/dir/w.txt', '-e', "process.emitWarning('here')"]);
assert.match(r.stderr.toString(), /Warning: here/);

r = spawnSync(process.execPath, ['-e', "process.reallyExit = () => console.log('hook'); process.exitCode = 4"]);
assert.strictEqual(r.stdout.toString(), '');
assert.strictEqual(r.status, 4);
fs.rmSync(path.dirname(file), { recursive: true });
