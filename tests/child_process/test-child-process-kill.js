'use strict';
// kill(): the child dies by the signal and exit reports (null, 'SIGTERM'); signals by name or number.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

const c = cp.spawn('sleep', ['30']);
c.on('spawn', common.mustCall(() => {
  assert.strictEqual(c.kill(), true);
  assert.strictEqual(c.killed, true);
}));
c.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(c.signalCode, 'SIGTERM');
  assert.strictEqual(c.exitCode, null);
  // Reaped: signalling it again says false rather than hitting a recycled pid.
  assert.strictEqual(c.kill(), false);
}));
c.on('close', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));

const k = cp.spawn('sleep', ['30']);
k.on('spawn', () => k.kill(9));
k.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));

assert.throws(() => cp.spawn('true').kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL' });

// AbortSignal
const ac = new AbortController();
const a = cp.spawn('sleep', ['30'], { signal: ac.signal });
a.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
a.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
ac.abort();

// timeout + killSignal
const t = cp.spawn('sleep', ['30'], { timeout: 50, killSignal: 'SIGINT' });
t.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGINT')));
