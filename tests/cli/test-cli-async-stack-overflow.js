'use strict';
// Unbounded async recursion overflows the stack inside the engine's first stack-trace capture.
// The program's catch still runs with a RangeError, later stack traces still work, and no
// internal (Java) error reaches the user; it used to end the process with exit 70 and
// "NoClassDefFoundError: ... FrameInstance$FrameAccess". (The exit code itself differs: node's
// rejection callback fails at the overflow and reports nothing, while this engine reports the
// innermost rejection as unhandled.)
require('../common');
const assert = require('assert');
const cp = require('child_process');

const program = `
async function t() { await t(); }
t().catch((e) => {
  console.log('caught', e.name, e instanceof RangeError);
  console.log('stack works', new Error('later').stack.split('\\n')[0]);
});`;
const r = cp.spawnSync(process.execPath, ['-e', program], { encoding: 'utf8' });
assert.match(r.stdout, /^caught RangeError true\nstack works Error: later\n$/, r.stdout + r.stderr);
assert.doesNotMatch(r.stderr, /internal error|NoClassDefFoundError|java\./, r.stderr);
assert.notStrictEqual(r.status, 70);
