'use strict';
// AsyncLocalStorage: synchronous run/exit/enterWith, explicit .then(), AsyncResource, bind.
const assert = require('assert');
const { AsyncLocalStorage, AsyncResource, createHook, executionAsyncId } = require('async_hooks');

const als = new AsyncLocalStorage();
assert.strictEqual(als.getStore(), undefined);
const p = als.run({ id: 1 }, (a) => {
  assert.deepStrictEqual(als.getStore(), { id: 1 });
  assert.strictEqual(a, 'arg');
  als.exit(() => assert.strictEqual(als.getStore(), undefined));
  assert.deepStrictEqual(als.getStore(), { id: 1 });
  return Promise.resolve().then(() => als.getStore());
}, 'arg');
assert.strictEqual(als.getStore(), undefined);

const res = als.run('R', () => new AsyncResource('X'));
assert.strictEqual(res.runInAsyncScope(() => als.getStore()), 'R');
const bound = als.run('B', () => AsyncLocalStorage.bind(() => als.getStore()));
assert.strictEqual(bound(), 'B');
const snap = als.run('S', () => AsyncLocalStorage.snapshot());
assert.strictEqual(snap(() => als.getStore()), 'S');

assert.throws(() => new AsyncResource(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "type" argument must be of type string. Received type number (1)',
});
assert.throws(() => createHook({ init: 1 }), { code: 'ERR_ASYNC_CALLBACK', message: 'hook.init must be a function' });
const hook = createHook({});
assert.strictEqual(hook.enable(), hook);
assert.strictEqual(typeof executionAsyncId(), 'number');

p.then((v) => {
  assert.deepStrictEqual(v, { id: 1 });
  assert.strictEqual(als.getStore(), undefined);
  als.enterWith('E');
  assert.strictEqual(als.getStore(), 'E');
});
