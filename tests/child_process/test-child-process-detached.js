'use strict';
// detached: the child leads a new session (setsid), so its session id is its own pid.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');

function sessionOf(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return +stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3];
}

const c = cp.spawn('sleep', ['30'], { detached: true, stdio: 'ignore' });
c.on('spawn', common.mustCall(() => {
  setTimeout(() => {
    assert.strictEqual(sessionOf(c.pid), c.pid);
    const plain = cp.spawn('sleep', ['30'], { stdio: 'ignore' });
    plain.on('spawn', () => setTimeout(() => {
      assert.notStrictEqual(sessionOf(plain.pid), plain.pid);
      plain.kill();
      c.kill();
    }, 100));
  }, 100);
}));
c.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));

// unref(): a detached child does not keep the parent alive.
const u = cp.spawn('sleep', ['1'], { detached: true, stdio: 'ignore' });
u.unref();
