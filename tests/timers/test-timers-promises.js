'use strict';
const assert = require('assert');
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
const { mustCall } = require('../common');

(async () => {
  const start = Date.now();
  assert.strictEqual(await sleep(20, 'v'), 'v');
  assert.ok(Date.now() - start >= 19);
  assert.strictEqual(await immediate('i'), 'i');
  const ac = new AbortController();
  const p = sleep(1000, null, { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
})().then(mustCall());
