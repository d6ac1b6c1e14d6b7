'use strict';
// --expose-gc defines global gc() as node does (a full collection; with {execution: 'async'} a
// promise); without the flag there is no gc global.
const assert = require('assert');
const { execFileSync } = require('child_process');

if (process.argv[2] === 'child') {
  const d = Object.getOwnPropertyDescriptor(globalThis, 'gc');
  assert.deepStrictEqual({ ...d, value: typeof d.value },
                         { value: 'function', writable: true, enumerable: true, configurable: false });
  assert.strictEqual(gc.name, 'gc');
  assert.strictEqual(gc.length, 0);
  // What a collection is for: a dropped object's finalizer runs once the collector has seen it.
  const registry = new FinalizationRegistry((held) => console.log(`collected ${held}`));
  (() => registry.register({ big: new Array(1e5).fill(1) }, 'it'))();
  assert.strictEqual(gc(), undefined);
  const p = gc({ execution: 'async' });
  assert.ok(p instanceof Promise);
  p.then(() => setTimeout(() => gc(), 10));
  return;
}

assert.strictEqual(typeof globalThis.gc, 'undefined');
const out = execFileSync(process.execPath, ['--expose-gc', __filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(out, 'collected it\n');
