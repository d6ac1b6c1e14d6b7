'use strict';
// A child made from a fork spare is the child a cold fork() would have made: same ppid, env
// (process.env and what its own children inherit), cwd, argv, execArgv, title and command line
// as ps shows them, stdio, 'advanced' serialization, exit code and signal. The first fork starts
// a spare; the next ones adopt it (a spare started before fork() was called), and with
// JNODE_FORK_SPARE=0 fork() is cold.
require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const fs = require('fs');
const path = require('path');

const fixture = path.join(__dirname, 'fixtures', 'spare-report-child.js');
const cwd = fs.realpathSync(path.join(__dirname, 'fixtures'));

// Now, in the clock ticks (1/100 s) of /proc/PID/stat's start time.
function ticksNow() {
  return Number(fs.readFileSync('/proc/uptime', 'latin1').split(' ')[0]) * 100;
}

// One fork: its report, its stdout, and how it ended when told `end`.
function run(end, opts) {
  return new Promise((resolve) => {
    const before = ticksNow();
    const child = fork(fixture, ['a b', 'ü'], {
      cwd, env: { ...process.env, FOO: 'foo-' + JSON.stringify(end) }, execArgv: ['--no-deprecation'],
      serialization: 'advanced', stdio: ['ignore', 'pipe', 'inherit', 'ipc'], ...opts,
    });
    let out = '';
    child.stdout.on('data', (d) => out += d);
    let report;
    child.once('message', (m) => {
      report = m;
      // 'advanced' carries what JSON cannot.
      child.send({ roundTrip: new Map([[1, 2n]]) });
      child.once('message', (echo) => {
        assert.deepStrictEqual(echo, { echo: new Map([[1, 2n]]) });
        child.send(end);
      });
    });
    child.on('close', (code, signal) => resolve({ report, out, code, signal, pid: child.pid, before }));
  });
}

function comparable(r) {
  const { pid, started, ...rest } = r.report;
  assert.strictEqual(pid, r.pid);
  assert.strictEqual(rest.ppid, process.pid);
  return { ...rest, out: r.out, code: r.code, signal: r.signal };
}

(async () => {
  // The first fork is cold and starts a spare; the second adopts it, and starts the next.
  const first = await run({ exit: 3 });
  assert.ok(first.report.started >= first.before - 1, 'the first fork is cold');
  const spareExit = await run({ exit: 3 });
  assert.ok(spareExit.report.started <= spareExit.before, `child ${spareExit.pid} was not a spare`);
  assert.strictEqual(spareExit.code, 3);
  assert.deepStrictEqual(comparable(spareExit), comparable(first));

  const spareSignal = await run({ signal: 'SIGTERM' });
  assert.ok(spareSignal.report.started <= spareSignal.before, `child ${spareSignal.pid} was not a spare`);
  process.env.JNODE_FORK_SPARE = '0';
  const cold = await run({ signal: 'SIGTERM' });
  delete process.env.JNODE_FORK_SPARE;
  assert.ok(cold.report.started >= cold.before - 1, 'JNODE_FORK_SPARE=0 forks cold');
  assert.strictEqual(cold.signal, 'SIGTERM');
  assert.deepStrictEqual(comparable(spareSignal), comparable(cold));

  const c = comparable(first);
  assert.deepStrictEqual(c.argv.slice(1), [fixture, 'a b', 'ü']);
  assert.deepStrictEqual(c.execArgv, ['--no-deprecation']);
  assert.strictEqual(c.cwd, cwd);
  assert.deepStrictEqual(c.env, { FOO: 'foo-{"exit":3}', NODE_CHANNEL_FD: undefined, ABSENT: undefined });
  assert.strictEqual(c.osEnvFoo, 'foo-{"exit":3}');
  assert.deepStrictEqual(c.cmdline.slice(-4), ['--no-deprecation', fixture, 'a b', 'ü']);
  assert.deepStrictEqual(c.stdio.slice(0, 2), ['/dev/null', 'socket']);
  assert.strictEqual(c.out, 'out:foo-{"exit":3}\n');
})().then(() => {}, (err) => {
  console.error(err);
  process.exit(1);
});
