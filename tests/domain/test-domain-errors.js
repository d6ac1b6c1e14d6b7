'use strict';
// domain: errors thrown in d.run(), in timers, immediates and nextTicks scheduled inside it, and
// unhandled 'error' events of its emitters all reach the domain's 'error' listener, marked the
// way node marks them; bind/intercept; process.domain outside any domain is null.
const { mustCall } = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(process.domain, null);
const domain = require('domain');
assert.strictEqual(EventEmitter.usingDomains, true);

const d = domain.create();
const seen = [];
d.on('error', (er) => {
  assert.strictEqual(er.domain, d);
  assert.notStrictEqual(process.domain, d); // handlers run outside the domain
  seen.push(`${er.message}:${er.domainThrown}:${er.domainEmitter ? 'emitter' : '-'}`);
});

d.run(() => {
  assert.strictEqual(process.domain, d);
  assert.strictEqual(domain.active, d);
  setTimeout(() => { throw new Error('timeout'); }, 1);
  setImmediate(() => { throw new Error('immediate'); });
  process.nextTick(() => { throw new Error('tick'); });
  const emitter = new EventEmitter();
  assert.strictEqual(emitter.domain, d); // made inside the domain
  setTimeout(() => emitter.emit('error', new Error('emitted')), 5);
});
assert.strictEqual(process.domain, undefined);

// A timer scheduled outside any domain runs outside it even after a domain caught a throw.
setTimeout(mustCall(() => assert.ok(!process.domain)), 20);

const fn = d.intercept(mustCall((a, b) => {
  assert.deepStrictEqual([a, b], [1, 2]);
  assert.strictEqual(process.domain, d);
}));
fn(null, 1, 2);
d.intercept(() => assert.fail('not called'))(new Error('intercepted'));

const bound = d.bind(function(x) { return [this, x, process.domain]; });
const ctx = {};
assert.deepStrictEqual(bound.call(ctx, 3), [ctx, 3, d]);

assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}),
              { code: 'ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE' });

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), [
    'emitted:false:emitter', 'immediate:true:-', 'intercepted:false:-', 'tick:true:-', 'timeout:true:-',
  ]);
});
