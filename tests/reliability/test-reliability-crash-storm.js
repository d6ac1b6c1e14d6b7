'use strict';
// A crash storm on the article's master/worker design (fixtures/storm-master.js): 2 workers whose
// handler throws after every response, so each worker dies and is replaced, driven with 200 paced
// requests. Every attempt gets a whole 200 or a connection error (retried), never a hang; the master
// gets back to 2 live workers, reaps every one (no zombie), its fds and RSS stay within a bound of
// their value after the first replacement; SIGTERM to it leaves no process behind within seconds.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const http = require('http');
const path = require('path');
const { alive, descendants, procStat, zombies, liveChildren, fdCount, rssKiB } = require('../procfs');

const WORKERS = 2;
const REQUESTS = 200;
const CONCURRENCY = 40; // a fresh worker takes what queued while it started: ~10 replacements, not 200
const HANG_MS = 60000; // an attempt without an answer for this long is a hang
const FD_SLACK = 2;
// RSS: a JVM master grows its heap and code cache as it warms up, so jnode's bound over the whole storm
// is wide; over its second half (warm by then) growth must stay small under both.
const RSS_SLACK_KIB = common.isJnode ? 384 * 1024 : 32 * 1024;
const RSS_SECOND_HALF_KIB = common.isJnode ? 128 * 1024 : 16 * 1024;
const CONNECTION_ERRORS = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE']);

const started = Date.now();
const master = cp.spawn(process.execPath, [path.join(__dirname, 'fixtures', 'storm-master.js'), String(WORKERS)],
                        { stdio: ['ignore', 'pipe', 'inherit'] });
const forked = new Set(); // every worker the master ever forked
let exits = 0;
let out = '';
const waiters = [];
master.stdout.setEncoding('utf8');
master.stdout.on('data', (d) => {
  out += d;
  for (const m of d.matchAll(/^worker process created, pid: (\d+) ppid: (\d+)$/mg)) {
    assert.strictEqual(Number(m[2]), master.pid);
    forked.add(Number(m[1]));
  }
  exits += (d.match(/^worker process exited, code: /mg) || []).length;
  for (const w of waiters.splice(0)) w();
});
const exited = new Promise((resolve) => master.on('exit', (code, signal) => resolve([code, signal])));
process.on('exit', () => {
  for (const pid of [...descendants(master.pid), master.pid, ...forked]) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone already */ }
  }
});

function until(check, what, ms = 60000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}\n${out}`)), ms);
    const poll = setInterval(test, 100);
    function test() {
      const v = check();
      if (v) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(v);
      }
    }
    test();
  });
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// One attempt: [200, body], or the code of a connection error.
function attempt(port, i) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: `/${i}`, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve([res.statusCode, body]));
      res.on('aborted', () => resolve('ECONNRESET'));
    });
    req.setTimeout(HANG_MS, () => reject(new Error(`request ${i} hung for ${HANG_MS} ms; ${progress()}`)));
    req.on('error', (e) => {
      if (CONNECTION_ERRORS.has(e.code)) resolve(e.code);
      else reject(e);
    });
  });
}

const answeredBy = new Set();
const tally = { ok: 0, retries: 0, codes: {} };
const progress = () => `${tally.ok} answered, ${tally.retries} retried after ${JSON.stringify(tally.codes)}; ` +
  `${forked.size} workers forked, ${exits} exited, ${liveChildren(master.pid).length} live; ` +
  `${((Date.now() - started) / 1000).toFixed(1)} s`;
async function request(port, i) {
  for (;;) {
    const r = await attempt(port, i);
    if (Array.isArray(r)) {
      assert.strictEqual(r[0], 200);
      const m = /^I am worker, pid: (\d+), ppid: (\d+)$/.exec(r[1]);
      assert.ok(m, r[1]);
      answeredBy.add(Number(m[1])); // checked at the end: the master's stdout may lag behind
      assert.strictEqual(Number(m[2]), master.pid);
      tally.ok++;
      return;
    }
    tally.retries++;
    tally.codes[r] = (tally.codes[r] || 0) + 1;
    await sleep(100);
  }
}

(async () => {
  const port = Number((await until(() => /^port (\d+)$/m.exec(out), 'the port'))[1]);
  await request(port, 0);
  await until(() => exits >= 1 && forked.size >= WORKERS + 1 && liveChildren(master.pid).length === WORKERS,
              'the first replacement');
  const before = { fds: fdCount(master.pid), rss: rssKiB(master.pid) };

  // The storm: CONCURRENCY clients in a row, 20 ms apart, until REQUESTS are answered.
  const counts = new Map(); // live workers seen while the storm runs → how often
  const sampler = setInterval(() => {
    const n = liveChildren(master.pid).length;
    counts.set(n, (counts.get(n) || 0) + 1);
  }, 200);
  let sent = 1;
  let mid;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (sent < REQUESTS) {
      const i = sent++;
      await request(port, i);
      if (i === REQUESTS / 2) mid = rssKiB(master.pid);
      await sleep(20);
    }
  }));
  clearInterval(sampler);
  assert.strictEqual(tally.ok, REQUESTS);

  // Back to WORKERS live workers, each one still running, every dead one reaped.
  await until(() => forked.size - exits === WORKERS && liveChildren(master.pid).length === WORKERS,
              `${WORKERS} live workers after the storm`);
  await sleep(1000);
  const live = liveChildren(master.pid);
  assert.strictEqual(live.length, WORKERS, live.map((pid) => `${pid} ${procStat(pid)}`).join('\n'));
  assert.deepStrictEqual(zombies(master.pid), []);
  assert.deepStrictEqual([...answeredBy].filter((pid) => !forked.has(pid)), [], 'only workers the master forked answer');
  const after = { fds: fdCount(master.pid), rss: rssKiB(master.pid) };
  console.log(`${progress()}; live workers sampled ${JSON.stringify([...counts].sort())}; ` +
              `master fds ${before.fds} -> ${after.fds}, RSS ${before.rss} -> ${mid} -> ${after.rss} KiB`);
  assert.ok(after.fds <= before.fds + FD_SLACK, `master fds ${before.fds} -> ${after.fds}`);
  assert.ok(after.rss <= before.rss + RSS_SLACK_KIB, `master RSS ${before.rss} -> ${after.rss} KiB`);
  assert.ok(after.rss <= mid + RSS_SECOND_HALF_KIB, `master RSS ${mid} -> ${after.rss} KiB in the second half`);

  // SIGTERM: the master SIGINTs its workers and exits 0; none of them is left after a few seconds.
  const family = new Set([...forked, ...descendants(master.pid)]);
  master.kill('SIGTERM');
  assert.deepStrictEqual(await exited, [0, null]);
  await until(() => [...family].every((pid) => !alive(pid)), 'every worker to be gone', 10000);
  assert.deepStrictEqual(zombies(), []);
})().then(common.mustCall());
