'use strict';
// assert.rejects / doesNotReject and CallTracker (expectations from node 20).
const assert = require('assert');

async function failure(fn) {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

(async () => {
  let e = await failure(() => assert.rejects(Promise.resolve()));
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.strictEqual(e.operator, 'rejects');
  assert.strictEqual(e.message, 'Missing expected rejection.');

  e = await failure(() => assert.rejects(async () => {}, Error, 'mm'));
  assert.strictEqual(e.message, 'Missing expected rejection (Error): mm');

  e = await failure(() => assert.rejects(() => 5));
  assert.strictEqual(e.code, 'ERR_INVALID_RETURN_VALUE');
  assert.strictEqual(e.message,
    'Expected instance of Promise to be returned from the "promiseFn" function but got type number (5).');

  e = await failure(() => assert.rejects(5));
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(e.message,
    'The "promiseFn" argument must be of type function or an instance of Promise. Received type number (5)');

  e = await failure(() => assert.rejects(Promise.reject(new Error('x')), TypeError));
  assert.strictEqual(e.message, 'The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\nx');

  await assert.rejects(async () => { throw new Error('x'); }, { message: 'x' });
  await assert.doesNotReject(async () => {});

  e = await failure(() => assert.doesNotReject(Promise.reject(new Error('x'))));
  assert.strictEqual(e.operator, 'doesNotReject');
  assert.strictEqual(e.message, 'Got unwanted rejection.\nActual message: "x"');

  // CallTracker
  const tracker = new assert.CallTracker();
  function foo() {}
  const f = tracker.calls(foo, 2);
  assert.strictEqual(f.name, 'foo');
  f(1, 2);
  assert.deepStrictEqual(tracker.getCalls(f), [{ thisArg: undefined, arguments: [1, 2] }]);
  const report = tracker.report();
  assert.strictEqual(report.length, 1);
  assert.strictEqual(report[0].message, 'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).');
  e = await failure(() => tracker.verify());
  assert.strictEqual(e.code, 'ERR_ASSERTION');
  assert.strictEqual(e.message, 'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).');
  f();
  tracker.verify();
  e = await failure(() => tracker.calls(foo, 0));
  assert.strictEqual(e.code, 'ERR_OUT_OF_RANGE');
  assert.strictEqual(e.message, 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. Received 0');
  e = await failure(() => tracker.getCalls(foo));
  assert.strictEqual(e.code, 'ERR_INVALID_ARG_VALUE');
  assert.strictEqual(e.message, "The argument 'tracked' is not a tracked function. Received [Function: foo]");
})().catch((err) => {
  process.nextTick(() => { throw err; });
});
