'use strict';
const assert = require('assert');
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const ch = dc.channel('x');
assert.strictEqual(ch, dc.channel('x'));
assert.strictEqual(ch.hasSubscribers, false);
const got = [];
const f = (m, n) => got.push([m, n]);
dc.subscribe('x', f);
assert.strictEqual(dc.hasSubscribers('x'), true);
ch.publish({ a: 1 });
assert.deepStrictEqual(got, [[{ a: 1 }, 'x']]);
assert.strictEqual(dc.unsubscribe('x', f), true);
assert.strictEqual(dc.unsubscribe('x', f), false);
assert.throws(() => dc.channel(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. Received type number (1)',
});
assert.throws(() => ch.subscribe(1), { code: 'ERR_INVALID_ARG_TYPE' });

const tc = dc.tracingChannel('t');
const seen = [];
tc.subscribe({ start: () => seen.push('start'), end: () => seen.push('end'), error: (c) => seen.push(`error ${c.error.message}`) });
assert.strictEqual(tc.traceSync((a) => a * 2, {}, null, 21), 42);
assert.throws(() => tc.traceSync(() => { throw new Error('bad'); }, {}), /bad/);
assert.deepStrictEqual(seen, ['start', 'end', 'start', 'error bad', 'end']);

const als = new AsyncLocalStorage();
const s = dc.channel('s');
s.bindStore(als, (d) => d.v);
assert.strictEqual(s.runStores({ v: 'store' }, () => als.getStore()), 'store');
