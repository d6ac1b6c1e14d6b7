'use strict';
// A timer set from the promise jobs or nextTicks that follow a timer callback fires on time, even
// while a later timer is pending: the loop timer used to be re-armed for that later one after the
// callback, so `await sleep(100)` in a loop waited 30 s (seen in tests/samples' polling).
const assert = require('assert');
const { mustCall } = require('../common');

const long = setTimeout(() => assert.fail('the long timer is cleared before it fires'), 30000);
let pending = 2;
function done() {
  if (--pending === 0) clearTimeout(long);
}

setTimeout(mustCall(() => {
  Promise.resolve().then(mustCall(() => {
    const t = Date.now();
    setTimeout(mustCall(() => {
      assert.ok(Date.now() - t < 5000, `a 100 ms timer set from a promise job fired after ${Date.now() - t} ms`);
      done();
    }), 100);
  }));
}), 50);

setTimeout(mustCall(() => {
  process.nextTick(mustCall(() => {
    const t = Date.now();
    setTimeout(mustCall(() => {
      assert.ok(Date.now() - t < 5000, `a 100 ms timer set from a nextTick fired after ${Date.now() - t} ms`);
      done();
    }), 100);
  }));
}), 60);
