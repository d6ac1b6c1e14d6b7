'use strict';
// Shared code for tests/samples/test-samples-*.js: each test copies one folder of examples/ into a
// fresh temp dir, runs the sample there unmodified with jnode (process.execPath), asserts what
// examples/README.md says, and, where a real `node` is on the PATH, runs it under node too and
// compares the two outputs after masking pids, times and paths (see KNOWN-DIFFERENCES.md).
//
// Every sample test holds one lock (port 3000 is shared by the samples, the daemon writes into
// /usr, and spawn lists /usr), and kills every process it started when it exits, even on failure.

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const cp = require('child_process');
const http = require('http');
const net = require('net');
const { procStat, alive, descendants } = require('../procfs');

const REPO = path.resolve(__dirname, '..', '..');
const EXAMPLES = path.join(REPO, 'examples');
const JNODE = process.execPath; // the jnode launcher
const AS_NODE_DIR = path.join(REPO, 'target', 'as-node');
const LOCK = '/tmp/jnode-samples-3000.lock';
const PORT = 3000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// The compute samples' last lines. console.timeEnd prints a minute or more as `1:02.345 (m:ss.mmm)`,
// and a loaded machine takes that long.
const TIMING_LINES = /^计算结束\n计算耗时: (?:[\d.]+m?s|[\d:.]+ \((?:h:m)?m:ss\.mmm\))\n/m;

// ---- processes ---------------------------------------------------------------------------------

function startTime(pid) {
  const st = procStat(pid);
  return st ? st[19] : null; // field 22 of stat
}

const tracked = new Map(); // pid -> start time (so a reused pid is never killed)
const groups = new Set();

/** Remembers pid (and, from now on, its descendants) for the cleanup at exit. */
function track(pid, { group = false } = {}) {
  pid = Number(pid);
  if (!(pid > 0) || pid === process.pid) return;
  if (!tracked.has(pid)) tracked.set(pid, startTime(pid));
  if (group) groups.add(pid);
}

function killAll() {
  const victims = new Map();
  for (const [pid, start] of tracked) {
    if (!alive(pid) || (start !== null && startTime(pid) !== start)) continue;
    victims.set(pid, true);
    for (const d of descendants(pid)) victims.set(d, true);
  }
  for (const g of groups) {
    try { process.kill(-g, 'SIGKILL'); } catch {}
  }
  for (const pid of victims.keys()) {
    if (pid === process.pid) continue;
    try { process.kill(pid, 'SIGKILL'); } catch {}
  }
}

/** `ps -o <field>= -p <pid>`, trimmed; null when ps finds no such process. */
function ps(pid, field) {
  try {
    return cp.execFileSync('ps', ['-o', `${field}=`, '-p', String(pid)], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

// ---- the real node, for the differential check -------------------------------------------------

function isAsNodeDir(dir) {
  return path.resolve(dir) === AS_NODE_DIR;
}

let realNodeCache;
/** The path of a real node on the PATH (not jnode standing in for it), or null. */
function realNode() {
  if (realNodeCache !== undefined) return realNodeCache;
  realNodeCache = null;
  let jnodeReal = JNODE;
  try { jnodeReal = fs.realpathSync(JNODE); } catch {}
  for (const dir of (process.env.PATH || '').split(':')) {
    if (!dir || isAsNodeDir(dir)) continue;
    const candidate = path.join(dir, 'node');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.realpathSync(candidate) === jnodeReal) continue;
      realNodeCache = candidate;
      break;
    } catch {}
  }
  return realNodeCache;
}

/** The environment for a run: `node` resolves to the real node (runtime 'node') or is left alone. */
function envFor(runtime, extra = {}) {
  const env = { ...process.env, ...extra };
  if (runtime === 'node') {
    delete env.JNODE_AS_NODE;
    const dirs = (env.PATH || '').split(':').filter((d) => d && !isAsNodeDir(d));
    env.PATH = [path.dirname(realNode()), ...dirs].join(':');
  }
  return env;
}

// ---- sample copies and runs --------------------------------------------------------------------

const tempDirs = [];

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const ent of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, ent.name);
    const dst = path.join(to, ent.name);
    if (ent.isDirectory()) copyDir(src, dst);
    else {
      fs.copyFileSync(src, dst);
      fs.chmodSync(dst, fs.statSync(src).mode & 0o777);
    }
  }
}

/** A fresh temp copy of examples/<sample>/ (removed at exit); returns its path. */
function copySample(sample) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `jnode-sample-${sample.replace(/\W/g, '-')}-`)));
  tempDirs.push(dir);
  copyDir(path.join(EXAMPLES, sample), dir);
  return dir;
}

/**
 * Starts a sample: runtime 'jnode' (process.execPath, with --as-node when asNode) or 'node'.
 * Returns { proc, pid, out, err, exited (a promise of {code, signal}), waitOut(re, ms), waitErr(re, ms) }.
 */
function start(runtime, file, args = [], { cwd, asNode = false, env = {}, detached = false } = {}) {
  let cmd;
  let argv;
  if (runtime === 'jnode') {
    cmd = JNODE;
    argv = [...(asNode ? ['--as-node'] : []), file, ...args];
  } else {
    cmd = realNode();
    argv = [file, ...args];
  }
  const proc = cp.spawn(cmd, argv, { cwd, env: envFor(runtime, env), stdio: ['ignore', 'pipe', 'pipe'], detached });
  const run = { runtime, proc, pid: proc.pid, out: '', err: '', code: undefined, signal: undefined };
  track(proc.pid, { group: detached });
  proc.stdout.setEncoding('utf8');
  proc.stderr.setEncoding('utf8');
  proc.stdout.on('data', (d) => { run.out += d; });
  proc.stderr.on('data', (d) => { run.err += d; });
  run.exited = new Promise((resolve, reject) => {
    proc.on('error', reject);
    // 'exit', then the end of its output; a child that inherited the pipes (a forked worker that
    // outlives the sample) may keep them open, so wait for 'close' at most 2 s more.
    proc.on('exit', (code, signal) => {
      run.code = code;
      run.signal = signal;
      let done = false;
      const finish = () => { if (!done) { done = true; resolve({ code, signal }); } };
      proc.on('close', finish);
      setTimeout(finish, 2000);
    });
  });
  run.waitOut = (re, ms = 60000) =>
    waitFor(() => run.out.match(re), ms, `${runtime} stdout to match ${re}\n--- stdout:\n${run.out}\n--- stderr:\n${run.err}`, run);
  run.waitErr = (re, ms = 60000) =>
    waitFor(() => run.err.match(re), ms, `${runtime} stderr to match ${re}\n--- stdout:\n${run.out}\n--- stderr:\n${run.err}`, run);
  run.waitExit = (ms = 60000) => withTimeout(run.exited, ms, () =>
    `${runtime} ${file} to exit\n--- stdout:\n${run.out}\n--- stderr:\n${run.err}`);
  return run;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what()}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Polls fn (every 100 ms) until it returns something truthy; fails after ms. */
async function waitFor(fn, ms, what, run) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) {
      const desc = typeof what === 'function' ? what() : what;
      throw new Error(`timed out after ${ms} ms waiting for ${run ? desc.replace(/\n--- stdout:[\s\S]*/, '') + `\n--- stdout:\n${run.out}\n--- stderr:\n${run.err}` : desc}`);
    }
    await sleep(100);
  }
}

/** Waits until every pid in pids is gone. */
function waitGone(pids, ms = 20000) {
  return waitFor(() => pids.every((p) => !alive(p)), ms, () => `pids ${pids.filter(alive).join(' ')} to exit`);
}

/** GET http://127.0.0.1:3000<pathname>; resolves { status, body }. */
function get(pathname = '/', { timeout = 20000, port = PORT } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: pathname, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
      res.on('error', reject);
    });
    req.setTimeout(timeout, () => req.destroy(new Error(`GET ${pathname}: no answer within ${timeout} ms`)));
    req.on('error', reject);
  });
}

/** Resolves true when something accepts connections on 127.0.0.1:port. */
function portOpen(port = PORT) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.setTimeout(3000, () => { s.destroy(); resolve(false); });
    s.on('connect', () => { s.destroy(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}

// ---- the lock ----------------------------------------------------------------------------------

let lockHeld = false;

function lockHolder(dir = LOCK) {
  try { return Number(fs.readFileSync(path.join(dir, 'pid'), 'utf8')); } catch { return NaN; }
}

async function acquireLock(ms = 110000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      lockHeld = true;
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const holder = lockHolder();
    let stale = false;
    if (holder > 0) stale = !alive(holder);
    else {
      try { stale = Date.now() - fs.statSync(LOCK).mtimeMs > 10000; } catch {}
    }
    if (stale) {
      // Move it aside atomically; if it turns out to be a live holder's fresh lock, put it back.
      const aside = `${LOCK}.stale.${process.pid}`;
      try {
        fs.renameSync(LOCK, aside);
        const h = lockHolder(aside);
        if (h > 0 && alive(h)) {
          try { fs.renameSync(aside, LOCK); } catch {}
        } else {
          fs.rmSync(aside, { recursive: true, force: true });
          console.log(`(removed a stale lock of pid ${holder})`);
        }
      } catch {}
      continue;
    }
    if (Date.now() > end) throw new Error(`could not take ${LOCK} (held by pid ${holder}) within ${ms} ms`);
    await sleep(200);
  }
}

function releaseLock() {
  if (!lockHeld) return;
  lockHeld = false;
  if (lockHolder() === process.pid) fs.rmSync(LOCK, { recursive: true, force: true });
}

const exitHooks = [];
/** fn runs (synchronously) at exit, before the processes are killed and the lock released. */
function onExit(fn) { exitHooks.push(fn); }

process.on('exit', () => {
  for (const fn of exitHooks) {
    try { fn(); } catch (e) { console.error('exit hook failed:', e); }
  }
  killAll();
  for (const d of tempDirs) {
    try { fs.rmSync(d, { recursive: true, force: true }); } catch {}
  }
  releaseLock();
});

// ---- masking and comparing ---------------------------------------------------------------------

function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

/**
 * Masks what legitimately differs between two runs: the given paths -> <DIR>, the given pids ->
 * <PID> (longest first, whole numbers only, never a `host:port`'s port: a child's pid can be 3000),
 * durations (`12.3ms`, `1.2s`, and a minute or more as `1:02.345 (m:ss.mmm)`) -> <TIME>.
 */
function mask(text, { pids = [], dirs = [] } = {}) {
  let s = text;
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) s = s.split(d).join('<DIR>');
  const ps = [...new Set(pids.map(String))].filter((p) => /^\d+$/.test(p)).sort((a, b) => b.length - a.length);
  for (const p of ps) s = s.replace(new RegExp(`(?<![\\d.:])${escapeRe(p)}(?![\\d.])`, 'g'), '<PID>');
  s = s.replace(/\b\d+(?::\d\d)+\.\d+ \((?:h:m)?m:ss\.mmm\)/g, '<TIME>');
  s = s.replace(/\b\d+(\.\d+)?m?s\b/g, '<TIME>');
  return s;
}

/** Lines of a stack trace that are not the sample's own frames: they name the runtime's internals. */
function dropInternalFrames(text) {
  return text.split('\n').filter((l) => !/^\s+at /.test(l) || l.includes('<DIR>')).join('\n');
}

/**
 * The differential check: asserts the masked outputs of jnode and node are the same.
 * `sortLines` compares as multisets of lines (for outputs that interleave several processes).
 */
function compare(what, jnodeText, nodeText, { sortLines = false } = {}) {
  let a = jnodeText;
  let b = nodeText;
  if (sortLines) {
    a = a.split('\n').sort().join('\n');
    b = b.split('\n').sort().join('\n');
  }
  if (process.env.JNODE_SAMPLES_DEBUG) console.log(`--- ${what}, masked:\n${a}\n---`);
  assert.strictEqual(a, b, `differential check (${what}): jnode's output differs from node's (masked)\n` +
    `--- jnode:\n${a}\n--- node:\n${b}\n(an expected difference belongs in tests/samples/KNOWN-DIFFERENCES.md)`);
}

// ---- the test's main ---------------------------------------------------------------------------

/**
 * Runs body under the lock, once port 3000 is free; exits 0 when it resolves, 1 when it throws.
 * body receives { differential } (false when there is no real node to compare with).
 */
function main(name, body) {
  const t0 = Date.now();
  (async () => {
    await acquireLock();
    await waitFor(async () => !(await portOpen()), 30000, 'port 3000 to be free (something else is listening on it)');
    const differential = realNode() !== null;
    if (!differential) console.log('SKIP: differential check (no real node on the PATH)');
    await body({ differential });
  })().then(() => {
    console.log(`ok ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    process.exit(0);
  }, (err) => {
    console.error(`not ok ${name}`);
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  });
}

module.exports = {
  REPO, EXAMPLES, JNODE, AS_NODE_DIR, PORT, TIMING_LINES,
  sleep, alive, procStat, descendants, track, ps, realNode, envFor,
  copySample, start, waitFor, waitGone, withTimeout, get, portOpen,
  onExit, mask, dropInternalFrames, compare, main,
};
