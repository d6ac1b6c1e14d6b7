'use strict';
// Orphans: a master passes its listening server to a forked worker and exits (fixtures/orphan-master.js).
// The worker, now an orphan adopted by another process, keeps serving the passed handle: we, the
// grandparent, still get its answers on the port. Killing it leaves nothing behind: no process of
// its own, and the port refuses connections again.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const http = require('http');
const net = require('net');
const path = require('path');
const { alive, descendants, procStat, zombies } = require('../procfs');

const master = cp.spawn(process.execPath, [path.join(__dirname, 'fixtures', 'orphan-master.js')],
                        { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
master.stdout.setEncoding('utf8');
master.stdout.on('data', (d) => { out += d; });
let worker;
process.on('exit', () => {
  if (worker) {
    try { process.kill(worker, 'SIGKILL'); } catch { /* gone already */ }
  }
});

function get(port) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve([res.statusCode, body]));
    }).on('error', reject);
  });
}

function connectError(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => { s.destroy(); resolve(null); });
    s.on('error', (e) => resolve(e.code));
  });
}

async function until(check, what, ms) {
  const deadline = Date.now() + ms;
  while (!check()) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

(async () => {
  // 'close': the master has exited and its stdout has ended (the worker does not hold it).
  const [code, signal] = await new Promise((resolve) => master.on('close', (c, s) => resolve([c, s])));
  assert.deepStrictEqual([code, signal], [0, null]);
  const m = /^port (\d+)\nworker (\d+)\n$/.exec(out);
  assert.ok(m, out);
  const port = Number(m[1]);
  worker = Number(m[2]);
  await until(() => !alive(master.pid), 'the master to be gone', 10000);
  assert.ok(alive(worker), 'the worker outlives its master');
  const adoptive = Number(procStat(worker)[1]);
  assert.notStrictEqual(adoptive, master.pid);

  for (let i = 0; i < 3; i++) {
    assert.deepStrictEqual(await get(port), [200, `I am worker, pid: ${worker}, ppid: ${adoptive}`]);
  }

  const family = [worker, ...descendants(worker)];
  process.kill(worker, 'SIGTERM');
  await until(() => family.every((pid) => !alive(pid)), 'the orphan and its children to be gone', 20000);
  // Right after the exit a connect may still meet the closing listener (ECONNRESET here under node too).
  const refused = [];
  while (refused.length < 50 && refused[refused.length - 1] !== 'ECONNREFUSED') {
    refused.push(await connectError(port));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.strictEqual(refused[refused.length - 1], 'ECONNREFUSED', refused.join());
  assert.ok(refused.every((code) => code === 'ECONNRESET' || code === 'ECONNREFUSED'), refused.join());
  // Free: we can listen on it ourselves.
  const probe = net.createServer();
  await new Promise((resolve, reject) => probe.on('error', reject).listen(port, '127.0.0.1', resolve));
  await new Promise((resolve) => probe.close(resolve));
  assert.deepStrictEqual(zombies(), []);
  console.log(`orphan ${worker} (adopted by ${adoptive}) served port ${port}; gone after SIGTERM, connects: ${refused.join()}`);
})().then(common.mustCall());
