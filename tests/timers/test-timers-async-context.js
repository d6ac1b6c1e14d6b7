'use strict';
// AsyncLocalStorage follows timers, intervals, immediates and nextTicks to the store they were
// scheduled in, and a callback scheduled outside run() sees no store.
const { mustCall } = require('../common');
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
als.run({ id: 1 }, () => {
  setTimeout(mustCall(function(arg) {
    assert.deepStrictEqual(als.getStore(), { id: 1 });
    assert.strictEqual(arg, 'x');
    assert.strictEqual(this.constructor.name, 'Timeout');
  }), 1, 'x');
  let n = 0;
  const interval = setInterval(mustCall(() => {
    assert.deepStrictEqual(als.getStore(), { id: 1 });
    if (++n === 2) clearInterval(interval);
  }, 2), 1);
  setImmediate(mustCall(function() {
    assert.deepStrictEqual(als.getStore(), { id: 1 });
    assert.strictEqual(this.constructor.name, 'Immediate');
  }));
  process.nextTick(mustCall((a, b) => {
    assert.deepStrictEqual(als.getStore(), { id: 1 });
    assert.deepStrictEqual([a, b], [2, 3]);
  }), 2, 3);
});
als.run({ id: 2 }, () => {
  setImmediate(mustCall(() => assert.deepStrictEqual(als.getStore(), { id: 2 })));
});
setTimeout(mustCall(() => assert.strictEqual(als.getStore(), undefined)), 1);
setImmediate(mustCall(() => assert.strictEqual(als.getStore(), undefined)));
