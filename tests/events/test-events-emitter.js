'use strict';
// EventEmitter: listener order, once/prepend, 'error' semantics, the leak warning,
// errorMonitor, captureRejections, and the static helpers.
const assert = require('assert');
const EventEmitter = require('events');
const { once, on, getEventListeners, errorMonitor } = EventEmitter;
const { mustCall, mustNotCall } = require('../common');

const e = new EventEmitter();
const calls = [];
e.on('newListener', (name) => calls.push(`new:${String(name)}`));
e.on('x', () => calls.push('a'));
e.prependListener('x', () => calls.push('b'));
e.once('x', () => calls.push('once'));
e.prependOnceListener('x', () => calls.push('ponce'));
assert.strictEqual(e.listenerCount('x'), 4);
assert.strictEqual(e.emit('x'), true);
assert.strictEqual(e.emit('x'), true);
assert.strictEqual(e.emit('nothing'), false);
assert.deepStrictEqual(calls, ['new:x', 'new:x', 'new:x', 'new:x', 'ponce', 'b', 'a', 'once', 'b', 'a']);
assert.deepStrictEqual(e.eventNames(), ['newListener', 'x']);

// rawListeners keeps the once wrapper; listeners unwraps it.
const f = () => {};
e.once('y', f);
assert.strictEqual(e.listeners('y')[0], f);
assert.notStrictEqual(e.rawListeners('y')[0], f);
assert.strictEqual(e.rawListeners('y')[0].listener, f);
e.removeListener('y', f);
assert.strictEqual(e.listenerCount('y'), 0);

// 'error' with no listener throws the error itself, or ERR_UNHANDLED_ERROR for a non-error.
const err = new Error('boom');
assert.throws(() => new EventEmitter().emit('error', err), (x) => x === err);
assert.throws(() => new EventEmitter().emit('error', 'text'), {
  code: 'ERR_UNHANDLED_ERROR',
  name: 'Error',
  message: "Unhandled error. ('text')",
});
assert.throws(() => new EventEmitter().emit('error'), { code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error. (undefined)' });

// errorMonitor sees the error before it is thrown.
const m = new EventEmitter();
m.on(errorMonitor, mustCall((x) => assert.strictEqual(x, err)));
assert.throws(() => m.emit('error', err), (x) => x === err);

// Bad arguments.
assert.throws(() => e.on('z', 'not a function'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type string (\'not a function\')',
});
assert.throws(() => e.setMaxListeners(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => e.setMaxListeners('1'), { code: 'ERR_INVALID_ARG_TYPE' });

// The leak warning, once per event name.
const leaky = new EventEmitter();
leaky.setMaxListeners(2);
process.on('warning', mustCall((w) => {
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.count, 3);
  assert.strictEqual(w.type, 'leak');
  assert.strictEqual(w.emitter, leaky);
  assert.match(w.message, /^Possible EventEmitter memory leak detected\. 3 leak listeners added to \[EventEmitter\]\. MaxListeners is 2\. Use emitter\.setMaxListeners\(\) to increase limit$/);
}));
for (let i = 0; i < 4; i++) leaky.on('leak', () => {});

// captureRejections routes a rejected async listener to 'error'.
const cr = new EventEmitter({ captureRejections: true });
cr.on('go', async () => { throw new Error('async'); });
cr.on('error', mustCall((x) => assert.strictEqual(x.message, 'async')));
cr.emit('go');

// events.once / events.on / getEventListeners.
const s = new EventEmitter();
once(s, 'ready').then(mustCall((args) => assert.deepStrictEqual(args, [1, 2])));
once(s, 'fail').then(mustNotCall(), mustCall((x) => assert.strictEqual(x.message, 'failed')));
assert.strictEqual(getEventListeners(s, 'ready').length, 1);
s.emit('ready', 1, 2);
s.emit('error', new Error('failed'));

(async () => {
  const it = on(s, 'tick');
  process.nextTick(() => { s.emit('tick', 'a'); s.emit('tick', 'b'); });
  const got = [];
  for await (const [v] of it) {
    got.push(v);
    if (got.length === 2) break;
  }
  assert.deepStrictEqual(got, ['a', 'b']);
  assert.strictEqual(s.listenerCount('tick'), 0);
})().then(mustCall());
