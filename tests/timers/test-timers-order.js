'use strict';
// Timers fire in expiry order, intervals repeat, and ticks/microtasks run between callbacks.
const assert = require('assert');
const { mustCall } = require('../common');

// Timeouts added in one turn keep their order by expiry; an interval interleaves with them.
// Gaps are wide (60 ms) so that a busy machine cannot reorder them.
const order = [];
setTimeout(() => {
  setTimeout(() => order.push('t300'), 300);
  setTimeout(() => order.push('t90'), 90);
  setTimeout(() => order.push('t210'), 210);
  let n = 0;
  const iv = setInterval(() => {
    order.push('i60');
    if (++n === 3) clearInterval(iv);
  }, 60);
}, 1);
process.on('exit', mustCall(() => {
  // The interval's place among the timeouts depends on load; the timeouts' order does not.
  assert.deepStrictEqual(order.filter((x) => x[0] === 't'), ['t90', 't210', 't300']);
  assert.strictEqual(order.filter((x) => x === 'i60').length, 3);
  assert.ok(order.indexOf('i60') < order.indexOf('t210'), order.join());
}));

// Between two timers due at once, nextTick and promise jobs of the first run before the second.
const between = [];
setTimeout(() => {
  between.push('a');
  process.nextTick(() => between.push('a-tick'));
  Promise.resolve().then(() => between.push('a-promise'));
}, 5);
setTimeout(() => between.push('b'), 5);
setTimeout(mustCall(() => {
  assert.deepStrictEqual(between, ['a', 'a-tick', 'a-promise', 'b']);
}), 40);

// clearTimeout by primitive id; unref'd timers do not keep the process alive.
const t = setTimeout(() => assert.fail('cleared timer ran'), 5);
clearTimeout(+t);
setTimeout(() => assert.fail('unref timer kept the process alive'), 100000).unref();
const r = setTimeout(() => {}, 1);
assert.strictEqual(r.hasRef(), true);
assert.strictEqual(r.unref().hasRef(), false);
assert.strictEqual(r.ref().hasRef(), true);
assert.strictEqual(typeof r[Symbol.toPrimitive](), 'number');
