'use strict';
// A bound socket keeps the process alive; unref() lets it exit, ref() holds it again.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(body) {
  const r = spawnSync(process.execPath, ['-e', body], { encoding: 'utf8', timeout: 60000 });
  return { status: r.status, signal: r.signal, stdout: r.stdout };
}

const bind = "const s = require('dgram').createSocket('udp4');";
// unref'd: the process ends with the socket still open.
assert.deepStrictEqual(run(`${bind} s.bind(0, () => console.log('bound')); s.unref();`),
                       { status: 0, signal: null, stdout: 'bound\n' });
// unref then ref: still alive after a while, so it closes itself.
assert.deepStrictEqual(run(`${bind} s.bind(0); s.unref(); s.ref();
  setTimeout(() => { console.log('alive'); s.close(); }, 200).unref();`),
                       { status: 0, signal: null, stdout: 'alive\n' });
// Never bound: nothing to hold, and ref/unref still chain.
const s = require('dgram').createSocket('udp4');
assert.strictEqual(s.unref().ref(), s);
s.close(common.mustCall());
