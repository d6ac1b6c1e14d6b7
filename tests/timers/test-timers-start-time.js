'use strict';
// A timer's delay counts from when it is set, not from when the current callback began
// (node's getLibuvNow refreshes the loop time), and the legacy enroll API warns once per code.
const { mustCall } = require('../common');
const assert = require('assert');
const timers = require('timers');

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

busy(150);
const set = Date.now();
setTimeout(mustCall(() => {
  assert.ok(Date.now() - set >= 99, `fired ${Date.now() - set} ms after being set`);
  busy(150);
  const again = Date.now();
  setTimeout(mustCall(() => {
    assert.ok(Date.now() - again >= 99, `fired ${Date.now() - again} ms after being set`);
  }), 100);
}), 100);

const warnings = [];
process.on('warning', (w) => warnings.push(w.code));
const item = {};
timers.enroll(item, 1);
let fired = 0;
item._onTimeout = () => {
  if (++fired === 3) timers.unenroll(item);
  timers._unrefActive(item);
};
timers._unrefActive(item);
process.on('exit', () => {
  assert.strictEqual(fired, 3);
  assert.deepStrictEqual(warnings.sort(), ['DEP0095', 'DEP0096', 'DEP0127']);
});
