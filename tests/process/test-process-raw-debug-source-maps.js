'use strict';
// process._rawDebug writes a formatted line straight to fd 2, even when process.stderr.write and
// process.nextTick are replaced; process.setSourceMapsEnabled takes only a boolean, which
// process.sourceMapsEnabled then reports.
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  process.nextTick = () => { throw new Error('no ticking'); };
  process.stderr.write = () => { throw new Error('no stderr stream'); };
  process._rawDebug('raw %s %d', 'debug', 42, { a: 1 });
  return;
}

const r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stderr, 'raw debug 42 { a: 1 }\n');
assert.strictEqual(r.stdout, '');

assert.strictEqual(process.sourceMapsEnabled, false);
for (const bad of [undefined, null, 1, 'true', {}]) {
  assert.throws(() => process.setSourceMapsEnabled(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
process.setSourceMapsEnabled(true);
assert.strictEqual(process.sourceMapsEnabled, true);
process.setSourceMapsEnabled(false);
assert.strictEqual(process.sourceMapsEnabled, false);
