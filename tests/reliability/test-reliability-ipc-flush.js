'use strict';
// Every message sent before the child's process.exit() arrives, whole and in order: 10,000
// messages of up to 4 KiB (about 20 MiB). Node may drop a tail of them (its floor: what arrives
// is in order and intact); jnode flushes the channel before exiting, so there all must arrive.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const path = require('path');

const N = 10000;
const SIZE = 4096;
const c = fork(path.join(__dirname, '..', 'child_process', 'fixtures', 'echo-child.js'));
let next = 0;
c.on('message', (m) => {
  if (m.ready) {
    c.send({ burst: N, size: SIZE });
    return;
  }
  assert.strictEqual(m.i, next++); // never reordered, never skipped
  assert.strictEqual(m.pad.length, SIZE);
});
c.on('exit', common.mustCall((code, signal) => {
  assert.deepStrictEqual([code, signal], [0, null]);
}));
c.on('close', common.mustCall(() => {
  console.log(`${next} of ${N} messages arrived`);
  if (common.isJnode) assert.strictEqual(next, N);
}));
