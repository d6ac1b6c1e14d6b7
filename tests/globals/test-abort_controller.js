'use strict';
const assert = require('assert');

const ac = new AbortController();
let fired = 0;
ac.signal.onabort = (e) => { fired++; assert.strictEqual(e.type, 'abort'); assert.strictEqual(e.isTrusted, true); };
assert.strictEqual(ac.signal.aborted, false);
ac.abort();
ac.abort(new Error('ignored'));
assert.strictEqual(fired, 1);
assert.strictEqual(ac.signal.reason.name, 'AbortError');
assert.strictEqual(ac.signal.reason.message, 'This operation was aborted');
assert.strictEqual(ac.signal.reason.code, 20);
assert.ok(ac.signal.reason instanceof DOMException);
assert.throws(() => ac.signal.throwIfAborted(), { name: 'AbortError' });

assert.strictEqual(AbortSignal.abort('why').reason, 'why');
const x = new AbortController();
const y = new AbortController();
const any = AbortSignal.any([x.signal, y.signal]);
y.abort('y');
assert.strictEqual(any.aborted, true);
assert.strictEqual(any.reason, 'y');

assert.throws(() => new AbortSignal(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => AbortSignal.any([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[0]" argument must be an instance of AbortSignal. Received type number (1)',
});
assert.strictEqual(require('util').inspect(new AbortController()), 'AbortController { signal: AbortSignal { aborted: false } }');

// timeout() aborts with a TimeoutError; its timer alone does not keep the process alive.
const t = AbortSignal.timeout(10);
const keep = setTimeout(() => assert.fail('timeout signal never fired'), 5000);
t.onabort = () => {
  assert.strictEqual(t.reason.name, 'TimeoutError');
  assert.strictEqual(t.reason.code, 23);
  assert.strictEqual(t.reason.message, 'The operation was aborted due to timeout');
  clearTimeout(keep);
};
