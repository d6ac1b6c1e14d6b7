'use strict';
// nextTick callbacks run before promise jobs, which run before the next macrotask.
const assert = require('assert');
const { mustCall } = require('../common');

const order = [];
setTimeout(() => order.push('timeout'), 0);
Promise.resolve().then(() => {
  order.push('promise1');
  process.nextTick(() => order.push('tick-from-promise'));
  Promise.resolve().then(() => order.push('promise2'));
});
process.nextTick((a) => {
  order.push(`tick1:${a}`);
  process.nextTick(() => order.push('tick2'));
}, 'arg');
queueMicrotask(() => order.push('microtask'));
order.push('sync');

process.on('exit', mustCall(() => {
  assert.deepStrictEqual(order, [
    'sync', 'tick1:arg', 'tick2', 'promise1', 'microtask', 'promise2', 'tick-from-promise', 'timeout',
  ]);
}));
assert.throws(() => process.nextTick(1), { code: 'ERR_INVALID_ARG_TYPE' });
