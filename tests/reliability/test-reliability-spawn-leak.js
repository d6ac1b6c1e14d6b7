'use strict';
// Many spawns and execs, and a few forks, with failures mixed in (a missing command, a non-zero
// exit, death by a signal): each ends as node says, and afterwards our fd count is back to its
// baseline and no child is left a zombie.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const path = require('path');
const { fdCount, zombies } = require('../procfs');

// A fork spare's channel is an fd by design, and whether a spare is waiting at the end depends on
// timing; spares' own cleanup is tested in child_process/test-fork-spare-cleanup.js.
process.env.JNODE_FORK_SPARE = '0';

const N = 1000; // spawns and execs
const FORKS = 4; // a JVM each under jnode: few, two at a time
const CONCURRENCY = 10;

// Each kind starts a child and checks how it ended.
const kinds = [
  (done) => cp.spawn('true', [], { stdio: 'ignore' }).on('close', (code, sig) => done([code, sig], [0, null])),
  (done) => {
    const c = cp.spawn('true', [], { stdio: 'pipe' });
    c.stdout.resume();
    c.on('close', (code, sig) => done([code, sig], [0, null]));
  },
  (done) => cp.exec('exit 3', (err, stdout, stderr) => done([err.code, err.signal, stdout, stderr], [3, null, '', ''])),
  (done) => cp.spawn('sh', ['-c', 'kill -9 $$'], { stdio: 'pipe' })
    .on('close', (code, sig) => done([code, sig], [null, 'SIGKILL'])),
  (done) => cp.execFile('echo', ['hi'], (err, stdout) => done([err, stdout], [null, 'hi\n'])),
  (done) => {
    const c = cp.spawn('nope-no-such-command', ['a'], { stdio: 'pipe' });
    let err;
    c.on('error', (e) => { err = e; });
    c.on('close', (code, sig) => done([err.code, err.errno, err.syscall, err.path, err.spawnargs, code, sig],
                                      ['ENOENT', -2, 'spawn nope-no-such-command', 'nope-no-such-command', ['a'], -2, null]));
  },
  (done) => cp.execFile('nope-no-such-command', (err) => done([err.code, err.syscall], ['ENOENT', 'spawn nope-no-such-command'])),
];

let outcomes = 0;
// What has not ended yet, named in the failure if the loop empties before everything did.
const pending = new Set();
process.on('exit', () => {
  if (pending.size) console.error('never ended:', [...pending].join(', '));
});
function one(i) {
  const name = `kind ${i % kinds.length} #${i}`;
  pending.add(name);
  return new Promise((resolve) => kinds[i % kinds.length]((actual, expected) => {
    assert.deepStrictEqual(actual, expected, name);
    pending.delete(name);
    outcomes++;
    resolve();
  }));
}

const FIXTURE = path.join(__dirname, 'fixtures', 'exit-child.js');
function forkOne(i) {
  const name = `fork #${i}`;
  pending.add(name);
  return new Promise((resolve) => {
    const c = cp.fork(FIXTURE, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const how = [{ exit: 0 }, { exit: 7 }, { hang: true }][i % 3];
    c.send(how);
    c.on('message', (m) => {
      assert.strictEqual(m.pid, c.pid);
      if (how.hang) c.kill('SIGKILL');
    });
    c.on('close', (code, sig) => {
      assert.deepStrictEqual([code, sig], how.hang ? [null, 'SIGKILL'] : [how.exit, null]);
      pending.delete(name);
      resolve();
    });
  });
}

(async () => {
  // Warm up every kind once: lazily opened fds (epoll, bindings) are not leaks.
  for (let i = 0; i < kinds.length; i++) await one(i);
  await forkOne(0);
  const baseline = fdCount();
  const t0 = Date.now();
  for (let i = 0; i < N; i += CONCURRENCY) {
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, k) => one(i + k)));
  }
  const spawnMs = Date.now() - t0;
  for (let i = 0; i < FORKS; i += 2) await Promise.all([forkOne(i), forkOne(i + 1)]);
  for (let i = 0; i < 20; i++) cp.spawnSync('true', { stdio: 'pipe' });
  // Close callbacks of the last handles run on the next turns.
  await new Promise((r) => setTimeout(r, 100));
  const fds = fdCount();
  const z = zombies();
  console.log(`${N} spawns/execs in ${spawnMs} ms, ${FORKS} forks, 20 spawnSync: fds ${baseline} -> ${fds}, zombies ${z.length}`);
  assert.strictEqual(outcomes, N + kinds.length);
  assert.strictEqual(fds, baseline);
  assert.deepStrictEqual(z, []);
})().then(common.mustCall());
