'use strict';
// What /proc says about processes and fds, for the tests that prove nothing leaks (Linux only).
const fs = require('fs');

/** /proc/<pid>/stat fields after the command name: [state, ppid, pgrp, session, ...]; null if gone. */
function procStat(pid) {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return s.slice(s.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/**
 * True while pid is a live process (a zombie counts as gone). A thread-group leader that has
 * exited shows 'Z' while the process's other threads still run and hold its fds: that is alive.
 */
function alive(pid) {
  const st = procStat(pid);
  if (st === null) return false;
  if (st[0] !== 'Z' && st[0] !== 'X') return true;
  try {
    return fs.readdirSync(`/proc/${pid}/task`).length > 1;
  } catch {
    return false;
  }
}

/** Every pid in /proc with its stat fields. */
function allProcs() {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const st = procStat(name);
    if (st) out.push({ pid: Number(name), state: st[0], ppid: Number(st[1]) });
  }
  return out;
}

/** Every live-or-zombie descendant of pid, found through /proc's ppid links. */
function descendants(pid) {
  const children = new Map();
  for (const p of allProcs()) {
    if (!children.has(p.ppid)) children.set(p.ppid, []);
    children.get(p.ppid).push(p.pid);
  }
  const out = [];
  const todo = [Number(pid)];
  while (todo.length) {
    for (const c of children.get(todo.pop()) || []) {
      out.push(c);
      todo.push(c);
    }
  }
  return out;
}

/** The children of parent (default: us) that are zombies: exited and never reaped. */
function zombies(parent = process.pid) {
  return allProcs().filter((p) => p.state === 'Z' && p.ppid === parent).map((p) => p.pid);
}

/** The live children of parent. */
function liveChildren(parent) {
  return allProcs().filter((p) => p.ppid === parent && p.state !== 'Z' && p.state !== 'X' && !isForkSpare(p.pid))
    .map((p) => p.pid);
}

/** A jnode fork spare still waiting to become a child: jnode's own, not one the program made. */
function isForkSpare(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('\0--jnode-spare=');
  } catch {
    return false;
  }
}

/** How many fds pid (default: us) has open. */
function fdCount(pid = 'self') {
  return fs.readdirSync(`/proc/${pid}/fd`).length;
}

/** VmRSS of pid in KiB (default: us). */
function rssKiB(pid = 'self') {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

module.exports = { procStat, alive, allProcs, descendants, zombies, liveChildren, fdCount, rssKiB };
