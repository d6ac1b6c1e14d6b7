'use strict';
// 500 spawns (with pipes, and some failing): afterwards our fd count is back to its baseline
// and no child is left a zombie.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');

const N = 500;
const fdCount = () => fs.readdirSync('/proc/self/fd').length;

function zombies() {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (f[0] === 'Z' && +f[1] === process.pid) out.push(+name);
  }
  return out;
}

function one(i) {
  return new Promise((resolve) => {
    const c = i % 50 === 49 ? cp.spawn('nope-no-such-command') : cp.spawn('true', [], { stdio: i % 2 ? 'pipe' : 'ignore' });
    c.on('error', () => {});
    c.on('close', resolve);
  });
}

(async () => {
  // Warm up every kind once: lazily opened fds (epoll, bindings) are not leaks.
  for (const i of [0, 1, 49]) await one(i);
  const baseline = fdCount();
  for (let i = 0; i < N; i += 10) {
    await Promise.all(Array.from({ length: 10 }, (_, k) => one(i + k)));
  }
  // Close callbacks of the last handles run on the next turns.
  await new Promise((r) => setTimeout(r, 100));
  assert.strictEqual(fdCount(), baseline);
  assert.deepStrictEqual(zombies(), []);
  for (let i = 0; i < 20; i++) cp.spawnSync('true', { stdio: 'pipe' });
  assert.strictEqual(fdCount(), baseline);
  assert.deepStrictEqual(zombies(), []);
})().then(common.mustCall());
