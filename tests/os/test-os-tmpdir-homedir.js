'use strict';
// tmpdir/homedir follow the environment as node's do (checked in a child with a set env).
const assert = require('assert');
const { execFileSync } = require('child_process');

const run = (env) => execFileSync(process.execPath,
  ['-e', 'const os = require("os"); process.stdout.write(os.tmpdir() + "|" + os.homedir())'],
  { env: { PATH: process.env.PATH || '/usr/local/bin:/usr/bin:/bin', ...env }, encoding: 'utf8' });
assert.strictEqual(run({ TMPDIR: '/x/y/', HOME: '/h' }), '/x/y|/h');
assert.strictEqual(run({ TMP: '/t', HOME: '/h' }), '/t|/h');
assert.strictEqual(run({ TEMP: '/', HOME: '/h' }), '/|/h');
assert.strictEqual(run({ HOME: '/h' }), '/tmp|/h');
