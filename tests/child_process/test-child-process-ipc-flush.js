'use strict';
// Every message sent before the child's process.exit() arrives, in order. Node may drop a
// tail of them; jnode flushes the channel first, so the count is asserted only there.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const path = require('path');

const N = 2000;
const c = fork(path.join(__dirname, 'fixtures', 'echo-child.js'));
let next = 0;
c.on('message', (m) => {
  if (m.ready) {
    c.send({ burst: N, size: 200 });
    return;
  }
  assert.strictEqual(m.i, next++); // never reordered
});
c.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
}));
c.on('close', common.mustCall(() => {
  assert.ok(next > 0);
  if (process.versions.jnode) assert.strictEqual(next, N);
}));
