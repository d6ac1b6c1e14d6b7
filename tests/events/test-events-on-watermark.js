'use strict';
// events.on(): highWaterMark/lowWaterMark pause and resume the emitter, the iterator reports its
// buffer through Symbol.for('nodejs.watermarkData'), and bad watermarks are refused.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

assert.throws(() => on(new EventEmitter(), 'x', { highWaterMark: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.highWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => on(new EventEmitter(), 'x', { lowWaterMark: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.lowWaterMark" property must be of type number. Received type string (\'a\')',
});

(async () => {
  const e = new EventEmitter();
  const calls = [];
  e.pause = () => calls.push('pause');
  e.resume = () => calls.push('resume');
  const it = on(e, 'x', { highWaterMark: 2 });
  const w = it[Symbol.for('nodejs.watermarkData')];
  assert.deepStrictEqual(Object.keys(w), ['size', 'low', 'high', 'isPaused']);
  assert.deepStrictEqual([w.size, w.low, w.high, w.isPaused], [0, 1, 2, false]);

  e.emit('x', 1);
  e.emit('x', 2);
  assert.deepStrictEqual(calls, []); // 2 waiting is not past the high mark
  e.emit('x', 3, 'three');
  assert.deepStrictEqual(calls, ['pause']);
  assert.deepStrictEqual([w.size, w.isPaused], [3, true]);

  assert.deepStrictEqual(await it.next(), { value: [1], done: false });
  assert.deepStrictEqual(await it.next(), { value: [2], done: false });
  assert.deepStrictEqual(calls, ['pause']);
  assert.deepStrictEqual(await it.next(), { value: [3, 'three'], done: false });
  assert.deepStrictEqual(calls, ['pause', 'resume']); // below the low mark (1) again
  assert.deepStrictEqual([w.size, w.isPaused], [0, false]);

  // The old spelling of the options is accepted too.
  const it2 = on(e, 'y', { highWatermark: 5, lowWatermark: 3 });
  const w2 = it2[Symbol.for('nodejs.watermarkData')];
  assert.deepStrictEqual([w2.low, w2.high], [3, 5]);
  await it.return();
  await it2.return();
})().then(common.mustCall());
