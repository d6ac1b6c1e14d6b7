'use strict';
// EventTarget/Event: listener order, once, handleEvent, signal, recursion, errors, inspect.
const assert = require('assert');
const { getEventListeners, setMaxListeners } = require('events');
const { inspect } = require('util');

const t = new EventTarget();
const calls = [];
const f = (e) => calls.push(['f', e.type, e.eventPhase, e.target === t, e.currentTarget === t]);
t.addEventListener('a', f);
t.addEventListener('a', f); // duplicate ignored
t.addEventListener('a', { handleEvent(e) { calls.push(['h', this !== t]); } });
t.addEventListener('a', () => calls.push(['once']), { once: true });
assert.strictEqual(t.dispatchEvent(new Event('a')), true);
t.dispatchEvent(new Event('a'));
assert.deepStrictEqual(calls, [['f', 'a', 2, true, true], ['h', true], ['once'], ['f', 'a', 2, true, true], ['h', true]]);
assert.strictEqual(getEventListeners(t, 'a').length, 2);

// cancelable + preventDefault -> false; stopImmediatePropagation stops later listeners.
const c = new Event('c', { cancelable: true });
t.addEventListener('c', (e) => { e.preventDefault(); e.stopImmediatePropagation(); });
t.addEventListener('c', () => assert.fail('stopped'));
assert.strictEqual(t.dispatchEvent(c), false);
assert.strictEqual(c.defaultPrevented, true);
assert.strictEqual(c.eventPhase, 0);
assert.strictEqual(c.currentTarget, null);

// AbortSignal removes the listener.
const ac = new AbortController();
t.addEventListener('s', () => assert.fail('removed'), { signal: ac.signal });
ac.abort();
t.dispatchEvent(new Event('s'));
assert.deepStrictEqual(getEventListeners(t, 's'), []);

// Recursion.
t.addEventListener('r', (e) => {
  assert.throws(() => t.dispatchEvent(e), {
    code: 'ERR_EVENT_RECURSION', name: 'Error', message: 'The event "r" is already being dispatched',
  });
}, { once: true });
t.dispatchEvent(new Event('r'));

// Bad input.
assert.throws(() => new Event(), { code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified' });
assert.throws(() => t.addEventListener('x'), {
  code: 'ERR_MISSING_ARGS', message: 'The "type" and "listener" arguments must be specified',
});
assert.throws(() => t.addEventListener('x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be an instance of EventListener. Received type number (1)',
});
assert.throws(() => t.dispatchEvent({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. Received an instance of Object',
});
assert.throws(() => Event.prototype.type, { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Event' });

// CustomEvent, isTrusted, constants, inspect.
const ce = new CustomEvent('x', { detail: { a: 1 } });
assert.deepStrictEqual(ce.detail, { a: 1 });
assert.strictEqual(new Event('x').isTrusted, false);
assert.strictEqual(Event.AT_TARGET, 2);
assert.strictEqual(Event.prototype.AT_TARGET, undefined);
assert.match(inspect(new Event('foo')), /^Event {\n? *type: 'foo',\n? *defaultPrevented: false,\n? *cancelable: false,\n? *timeStamp: [\d.]+\n?\s*}$/);
assert.strictEqual(inspect(new EventTarget()), 'EventTarget {}');
assert.strictEqual(Object.prototype.toString.call(new EventTarget()), '[object EventTarget]');

// Listener errors become uncaught exceptions on a later tick; dispatch continues.
let after = false;
process.once('uncaughtException', (err) => {
  assert.strictEqual(err.message, 'boom');
  assert.strictEqual(after, true);
});
t.addEventListener('e', () => { throw new Error('boom'); });
t.addEventListener('e', () => { after = true; });
t.dispatchEvent(new Event('e'));

// Leak warning.
const lt = new EventTarget();
setMaxListeners(1, lt);
process.once('warning', (w) => {
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.count, 2);
});
lt.addEventListener('z', () => {});
lt.addEventListener('z', () => {});
