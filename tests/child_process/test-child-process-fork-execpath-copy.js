'use strict';
// fork's execPath may name a copy of the runtime somewhere else; the child runs under that copy
// (process.execPath is the copy's path), with the env it was given, and nothing jnode used to
// find its install is left in the child's environment.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { fork } = require('child_process');

if (process.env.FORKED_COPY) {
  process.send({ execPath: process.execPath, extra: Object.keys(process.env).filter((k) => k.startsWith('JNODE_HOME')),
                 mine: process.env.MINE });
  return;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-copy-'));
const copy = path.join(dir, 'runtime-copy');
fs.copyFileSync(process.execPath, copy);
fs.chmodSync(copy, 0o755);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const child = fork(__filename, { execPath: copy, env: { ...process.env, FORKED_COPY: '1', MINE: 'yes' } });
child.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { execPath: copy, extra: [], mine: 'yes' });
}));
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));
