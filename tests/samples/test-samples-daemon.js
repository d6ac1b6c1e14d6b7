'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/daemon/: `jnode --as-node index.js` spawns `node daemon.js` (jnode standing in)
// detached, in cwd /usr, with stdio 'ignore', unrefs it and exits at once. The daemon lives on in
// its own session (sid == pid), adopted by another parent, and writes
// `daemon pid:  <pid> , ppid:  <ppid>` to /usr/stdout.log every 10 s.
// The article keeps daemon.js at /usr/daemon.js: the test puts it there when it runs as root (and
// otherwise skips), and removes /usr/daemon.js, /usr/stdout.log and /usr/stderr.log afterwards
// (restoring any that existed before). Time runs 20x faster for jnode's daemon through jnode's own
// knob JNODE_TIMER_SCALE=0.05 (a 10 s interval fires every 0.5 s); node's daemon runs at 10 s.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const h = require('./harness');

const FILES = ['/usr/daemon.js', '/usr/stdout.log', '/usr/stderr.log'];
const LINE = /^daemon pid:  (\d+) , ppid:  (\d+)$/;

function logLines() {
  try {
    return fs.readFileSync('/usr/stdout.log', 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

function removeFiles() {
  for (const f of FILES) fs.rmSync(f, { force: true });
}

h.main('daemon', async ({ differential }) => {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    console.log('SKIP: the daemon sample needs /usr/daemon.js, and only root may write it there');
    return;
  }
  // Keep whatever was there before; put it back at exit.
  const saved = new Map();
  for (const f of FILES) if (fs.existsSync(f)) saved.set(f, fs.readFileSync(f));
  h.onExit(() => {
    removeFiles();
    for (const [f, data] of saved) fs.writeFileSync(f, data);
  });

  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    removeFiles();
    const dir = h.copySample('daemon');
    fs.copyFileSync(path.join(dir, 'daemon.js'), '/usr/daemon.js');
    const env = runtime === 'jnode' ? { JNODE_TIMER_SCALE: '0.05' } : {};
    const run = h.start(runtime, 'index.js', [], { cwd: dir, asNode: true, env });
    const m = await run.waitOut(/^守护进程开启 父进程 pid: (\d+), 守护进程 pid: (\d+)\n/m, 60000);
    const [parent, daemon] = [Number(m[1]), Number(m[2])];
    h.track(daemon, { group: true });
    assert.strictEqual(parent, run.pid, `${runtime}: the printed parent pid is index.js's`);
    // The parent exits at once (the daemon is unref'd and its stdio ignored).
    const { code, signal } = await run.waitExit(30000);
    assert.deepStrictEqual([code, signal], [0, null], `${runtime}: index.js exits 0\n${run.err}`);
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
    assert.strictEqual(run.out, m[0], `${runtime}: stdout`);
    await h.waitGone([parent], 10000);

    assert.ok(h.alive(daemon), `${runtime}: the daemon outlives its parent`);
    assert.strictEqual(Number(h.ps(daemon, 'sid')), daemon, `${runtime}: the daemon leads its own session (sid == pid)`);
    assert.strictEqual(Number(h.ps(daemon, 'pgid')), daemon, `${runtime}: and its own process group`);
    const ppid = Number(h.ps(daemon, 'ppid'));
    assert.notStrictEqual(ppid, parent, `${runtime}: the daemon has a new parent`);
    assert.strictEqual(fs.readlinkSync(`/proc/${daemon}/cwd`), '/usr', `${runtime}: the daemon's cwd`);
    assert.strictEqual(fs.readlinkSync(`/proc/${daemon}/fd/1`), '/dev/null', `${runtime}: stdio 'ignore'`);

    // The log: two lines for jnode (0.5 s apart under the knob), one for node (10 s).
    const want = runtime === 'jnode' ? 2 : 1;
    const t0 = Date.now();
    await h.waitFor(() => logLines().length >= want, 60000, () => `${want} line(s) in /usr/stdout.log, it has ${JSON.stringify(logLines())}`);
    console.log(`${runtime}: ${want} log line(s) after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const l of logLines()) {
      const lm = LINE.exec(l);
      assert.ok(lm, `${runtime}: log line ${JSON.stringify(l)}`);
      assert.deepStrictEqual([Number(lm[1]), Number(lm[2])], [daemon, ppid], `${runtime}: the daemon logs its pid and ppid`);
    }
    assert.strictEqual(fs.readFileSync('/usr/stderr.log', 'utf8'), '', `${runtime}: /usr/stderr.log is empty`);
    outputs[runtime] = h.mask(run.out + logLines()[0] + '\n', { pids: [parent, daemon, ppid] });

    process.kill(-daemon, 'SIGKILL');
    await h.waitGone([daemon], 20000);
  }
  if (differential) h.compare('daemon', outputs.jnode, outputs.node);
});
