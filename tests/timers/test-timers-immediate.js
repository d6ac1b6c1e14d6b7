'use strict';
// setImmediate: one batch per loop turn, ticks and promise jobs between immediates,
// immediates queued by an immediate wait for the next turn, clearImmediate works.
const assert = require('assert');
const { mustCall, mustNotCall } = require('../common');

const order = [];
setImmediate(() => {
  order.push('i1');
  process.nextTick(() => order.push('i1-tick'));
  Promise.resolve().then(() => order.push('i1-promise'));
  setImmediate(() => order.push('i3'));
});
setImmediate(() => order.push('i2'));
const cleared = setImmediate(mustNotCall());
clearImmediate(cleared);
setImmediate((a, b) => order.push(`args:${a}${b}`), 'x', 'y');
process.on('exit', mustCall(() => {
  assert.deepStrictEqual(order, ['i1', 'i1-tick', 'i1-promise', 'i2', 'args:xy', 'i3']);
}));

assert.throws(() => setImmediate('nope'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => setTimeout(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received null',
});
