'use strict';
// HUP, INT and TERM without a listener kill the process by that signal, as in node:
// - at any moment of start-up (the JVM's own handler used to answer exit 143 in a window of it);
// - when the parent started it with the signal ignored (`nohup`, a background job): node resets
//   them to their defaults;
// and its own children start with no signal blocked or ignored. A signal sent to itself with a
// listener is handled before the process can exit.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

const idle = ['-e', 'setTimeout(() => {}, 20000)'];

/** Spawns `argv`, sends `signal` after `delayMs`, resolves with {code, signal, stderr}. */
function killAfter(file, argv, signal, delayMs) {
  return new Promise((resolve, reject) => {
    const child = cp.spawn(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    setTimeout(() => child.kill(signal), delayMs);
    child.on('close', (code, sig) => resolve({ code, signal: sig, stderr }));
  });
}

(async () => {
  // Start-up: attempts from spawn on to past the point where JS runs (exit 143 came at 80-300 ms).
  await Promise.all([0, 150, 300, 500, 800].map(async (delay) => {
    const r = await killAfter(process.execPath, idle, 'SIGTERM', delay);
    assert.deepStrictEqual(r, { code: null, signal: 'SIGTERM', stderr: '' }, `SIGTERM ${delay} ms after spawn`);
  }));

  // Started with the signal ignored by a shell that then execs the runtime.
  await Promise.all(['SIGINT', 'SIGHUP', 'SIGTERM'].map(async (signal) => {
    const script = `trap '' ${signal.slice(3)}; exec "$0" "$@"`;
    const r = await killAfter('/bin/sh', ['-c', script, process.execPath, ...idle], signal, 2000);
    assert.deepStrictEqual(r, { code: null, signal, stderr: '' }, `${signal} ignored by the parent`);
  }));

  // A listener still gets them, and removing it restores the default.
  const listened = cp.spawnSync(process.execPath, ['-e', `
    process.on('SIGTERM', () => { console.log('got SIGTERM'); process.removeAllListeners('SIGTERM');
      process.kill(process.pid, 'SIGTERM'); });
    setTimeout(() => {}, 20000);
    process.kill(process.pid, 'SIGTERM');`], { encoding: 'utf8' });
  assert.strictEqual(listened.stdout, 'got SIGTERM\n');
  assert.strictEqual(listened.signal, 'SIGTERM');

  // A signal sent to itself is handled before the loop can go idle, even with only an immediate
  // left (the JVM hands signals over on a thread of its own, after kill() has returned).
  for (let i = 0; i < 3; i++) {
    const self = cp.spawnSync(process.execPath, ['-e', `
      let got = 0;
      process.on('SIGUSR2', () => got++);
      process.once('SIGINT', () => got++);
      process.kill(process.pid, 'SIGUSR2');
      process.kill(process.pid, 'SIGINT');
      setImmediate(() => {});
      process.on('exit', () => console.log('got', got));`], { encoding: 'utf8' });
    assert.strictEqual(self.stdout, 'got 2\n', self.stderr);
  }

  // Children inherit no blocked or ignored signal (the runtime's threads block some).
  const status = cp.execFileSync(process.execPath, ['-e', `
    process.stdout.write(require('child_process').execFileSync('cat', ['/proc/self/status']))`], { encoding: 'utf8' });
  assert.match(status, /^SigBlk:\s+0+$/m);
  assert.match(status, /^SigIgn:\s+0+$/m);
})().then(common.mustCall());
