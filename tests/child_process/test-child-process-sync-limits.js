'use strict';
// spawnSync/execSync limits and option checks as node has them:
// - maxBuffer: the read that crosses it is kept whole in the error's stdout (node reads 64 KiB at
//   a time), and the error is ENOBUFS;
// - a timeout returns as soon as the child is killed, even when a grandchild still holds the
//   pipes open (`sh -c` running something longer);
// - killSignal names are case-blind, and Object.prototype's names are not signals;
// - util.promisify(execFile) throws bad arguments at the call instead of rejecting.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const util = require('util');

// maxBuffer 1: a 15-byte line arrives in one read and is all there.
assert.throws(() => cp.execFileSync('sh', ['-c', 'echo this is stdout'], { maxBuffer: 1 }), (e) => {
  assert.strictEqual(e.code, 'ENOBUFS');
  assert.deepStrictEqual(e.stdout, Buffer.from('this is stdout\n'));
  return true;
});
const big = cp.spawnSync('sh', ['-c', 'head -c 3000000 /dev/zero'], { maxBuffer: 100 });
assert.strictEqual(big.error.code, 'ENOBUFS');
assert.ok(big.stdout.length > 100 && big.stdout.length <= 65536, `kept ${big.stdout.length} bytes`);

// The shell is killed at 300 ms; its sleeping child still has stdout, and must not hold us up.
const start = Date.now();
assert.throws(() => cp.execSync('sleep 5; echo late', { timeout: 300 }), (e) => {
  assert.strictEqual(e.code, 'ETIMEDOUT');
  return true;
});
const took = Date.now() - start;
assert.ok(took < 4000, `execSync with a 300 ms timeout took ${took} ms`);

for (const name of ['sigterm', 'SigKill', 'SIGINT']) {
  assert.strictEqual(cp.spawnSync('not_a_real_command', { killSignal: name }).error.code, 'ENOENT');
}
for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
  assert.throws(() => cp.spawnSync('not_a_real_command', { killSignal: name }),
                { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
}

const execFileP = util.promisify(cp.execFile);
assert.throws(() => execFileP('true', [], { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
const p = execFileP('sh', ['-c', 'echo hi']);
assert.ok(p.child instanceof cp.ChildProcess);
p.then(common.mustCall(({ stdout }) => assert.strictEqual(stdout, 'hi\n')));
