'use strict';
// A 'pipe' past fd 2 goes both ways, as in node: the parent writes to it and reads from it, and
// the child's 'close' still comes once the child is done with it.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn(process.execPath, ['-e', `
  const s = new (require('net').Socket)({ fd: 3 });
  s.on('data', (d) => s.end('echo ' + d));
`], { stdio: ['ignore', 'inherit', 'inherit', 'pipe'] });

const pipe = child.stdio[3];
assert.strictEqual(pipe.readable, true);
assert.strictEqual(pipe.writable, true);
let got = '';
pipe.setEncoding('utf8').on('data', (d) => { got += d; });
pipe.write('hello');
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(got, 'echo hello');
}));
