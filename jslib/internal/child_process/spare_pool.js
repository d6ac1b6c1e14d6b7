'use strict';
// Warm spares for fork() (jnode's own; node starts in tens of milliseconds and needs none). A
// jnode child spends most of a second starting its JVM and building its JS engine before it runs
// a line; a spare is a jnode started ahead of time that has done that and waits on its channel.
// fork() hands it the child's command line, environment, cwd and stdio fds over that channel,
// which then becomes the child's IPC channel (NODE_CHANNEL_FD), and the spare runs the module as
// a cold child would (jnode/Spare.java). To the program it is that child: its pid, ppid, exit
// and signals are the spare's own.
//
// Policy: the first fork() starts one spare, and each fork that takes it starts the next, so a
// program that forks again and again (a fork per request, a cluster replacing workers) finds one.
// The spare starts once the child of that fork is up (it has spoken on its channel, or exited;
// internal/child_process.js), not beside it, where the two JVMs would slow each other's start.
// A spare costs a JVM's memory (about what an idle child costs), so a ready spare goes away when
// the program has not forked for IDLE_MS: long enough to span the gaps of a fork-per-request
// server or a worker's restart, short enough that a program that forked its workers once at
// start-up does not keep one more JVM for long. A spare is unref'd (it never keeps the parent
// alive), emits nothing, and dies with its parent (EOF on its channel, and SIGKILL as its
// parent-death signal). JNODE_FORK_SPARE=0 turns spares off.
//
// A fork the spare cannot be is spawned cold: another execPath, detached, uid/gid, a launcher
// option, stdio other than fds 0-2 plus 'ipc' at 3, a cwd that is not a directory, or an
// environment whose start-up variables (STARTUP_ENV: read by the launcher or the JVM before the
// handoff) differ from the spare's. Everything else in the environment is the child's own.

const { Buffer } = require('buffer');

const processWrap = internalBinding('process_wrap');
const pipeWrap = internalBinding('pipe_wrap');
const spareWrap = internalBinding('spare_wrap');
const fs = require('fs');
const path = require('path');

const KIND_IGNORE = -1;
const KIND_PIPE = -2;
const CHANNEL_FD = 3;
const IDLE_MS = 30000;
// Room in the spare's argv area for the child's command line, as ps shows it.
const ARGS_ROOM = 4096;
const SPARE_FLAG = '--jnode-spare=';
const STARTUP_ENV = /^(JNODE_|JAVA_TOOL_OPTIONS$|JDK_JAVA_OPTIONS$|_JAVA_OPTIONS$|TZ$|LANG$|LC_|PATH$|NODE_OPTIONS$)/;
// The launcher's own first arguments: a spare has already been through the launcher.
const LAUNCHER_OPTIONS = new Set(['--as-node', '--install']);

let spare = null;
// Marks the spawn options fork() makes: only those may be served by a spare.
const kFork = Symbol('kFork');

function enabled() {
  return process.env.JNODE_FORK_SPARE !== '0';
}

function startupEnv(envPairs) {
  const out = new Map();
  for (const kv of envPairs) {
    const eq = kv.indexOf('=');
    const key = eq < 0 ? kv : kv.slice(0, eq);
    if (STARTUP_ENV.test(key)) out.set(key, kv.slice(eq + 1));
  }
  return out;
}

function sameEnv(a, b) {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/**
 * Starts the next spare for forks like this one (`spec`: what process_wrap.spawn is given, `stdio`:
 * the validated stdio entries); called for every fork(), once its child is up.
 */
function replenish(spec, stdio) {
  if (spare !== null || !enabled() || !servable(spec, stdio)) return;
  const envPairs = spec.envPairs.filter((kv) => !kv.startsWith('NODE_CHANNEL_'));
  const flag = `${SPARE_FLAG}${process.pid}`;
  const rec = { handle: null, fd: -1, env: startupEnv(envPairs), room: Buffer.byteLength(flag) + 1 + ARGS_ROOM + 1,
                onexit: null, timer: null, ready: false };
  const handle = processWrap.spawn({
    file: spec.file, args: [spec.file, flag, ' '.repeat(ARGS_ROOM)], envPairs, cwd: null,
    stdio: [KIND_IGNORE, KIND_IGNORE, KIND_IGNORE, KIND_PIPE], detached: false, uid: -1, gid: -1,
  }, (code, signal) => {
    if (rec.onexit !== null) return rec.onexit(code, signal);
    retire(rec);
  });
  if (typeof handle === 'number') return;
  handle.unref();
  rec.handle = handle;
  rec.fd = handle.stdio()[CHANNEL_FD];
  // The built-ins this program has loaded, which its children will likely load too: the spare
  // parses them while it waits.
  if (spareWrap.send(rec.fd, message(require.loadedIds()), []) !== 0) return retire(rec);
  rec.timer = setTimeout(idle, IDLE_MS, rec);
  rec.timer.unref();
  spare = rec;
}

/** One message to a spare: its length, then NUL-terminated strings (jnode/Spare.java reads it). */
function message(fields) {
  const body = Buffer.from(fields.map((f) => `${f}\0`).join(''), 'utf8');
  const msg = Buffer.alloc(4 + body.length);
  msg.writeUInt32LE(body.length, 0);
  body.copy(msg, 4);
  return msg;
}

/**
 * IDLE_MS without a fork(): the spare goes if it has been ready (it has read the list of built-ins)
 * all that time. One still starting, as on a loaded machine it may be for long, or only just
 * ready, gets IDLE_MS more.
 */
function idle(rec) {
  if (rec.ready) return retire(rec);
  rec.ready = spareWrap.unread(rec.fd) === 0;
  rec.timer.refresh();
}

/** Lets an untaken spare go: closing its channel is its EOF, and it exits. */
function retire(rec) {
  if (spare === rec) spare = null;
  clearTimeout(rec.timer);
  if (rec.fd >= 0) pipeWrap.closeFd(rec.fd);
  rec.fd = -1;
}

/** What only a cold spawn can do. */
function servable(spec, stdio) {
  return spec.file === process.execPath && !spec.detached && spec.uid === -1 && spec.gid === -1 &&
    !LAUNCHER_OPTIONS.has(spec.args[1]) && stdio.length === CHANNEL_FD + 1 && stdio[CHANNEL_FD].ipc === true &&
    stdio.slice(0, CHANNEL_FD).every((s) => !s.ipc);
}

/** A cwd the spare's chdir() will take; where it would fail, the cold spawn reports why. */
function enterable(dir) {
  try {
    fs.accessSync(dir, fs.constants.X_OK);
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Makes the waiting spare the child a fork() describes (as replenish takes it) and returns
 * { handle, stdio: the parent's fds }, its exit going to `onexit`; or null when there is no spare
 * that can be it, and the caller spawns cold.
 */
function adopt(spec, stdio, onexit) {
  const rec = spare;
  // The program forks: a spare that nobody takes now is still wanted for a while.
  if (rec !== null) rec.timer.refresh();
  if (rec === null || !enabled() || !servable(spec, stdio)) return null;
  if (!sameEnv(startupEnv(spec.envPairs), rec.env)) return null;
  const cwd = spec.cwd == null ? process.cwd() : path.resolve(spec.cwd);
  if (!enterable(cwd)) return null;
  const argv = spec.args.slice(1);
  let room = 0;
  for (const a of argv) room += Buffer.byteLength(a) + 1;
  if (room > rec.room) return null;

  // The child's ends of its pipes and the fds it inherits, in fd order, as SCM_RIGHTS.
  const parentFds = [-1, -1, -1, rec.fd];
  const sent = [];
  const mine = [];
  let kinds = '';
  let ok = true;
  for (let i = 0; i < CHANNEL_FD && ok; i++) {
    const entry = stdio[i];
    if (entry.type === 'ignore') {
      kinds += 'i';
    } else if (entry.type === 'pipe') {
      const pair = spareWrap.socketpair();
      if (typeof pair === 'number') {
        ok = false;
        break;
      }
      parentFds[i] = pair[0];
      mine.push(pair[1]);
      sent.push(pair[1]);
      kinds += 'f';
    } else {
      sent.push(entry.fd);
      kinds += 'f';
    }
  }
  const own = [...startupEnv(spec.envPairs).keys()];
  const fields = [cwd, kinds, `${argv.length}`, ...argv, `${spec.envPairs.length}`, ...spec.envPairs,
                  `${own.length}`, ...own];
  const msg = message(fields);
  // A spare that died before its exit reached us fails the send (EPIPE): spawn cold instead.
  if (ok) ok = spareWrap.send(rec.fd, msg, sent) === 0;
  for (const fd of mine) pipeWrap.closeFd(fd);
  if (!ok) {
    for (let i = 0; i < CHANNEL_FD; i++) if (parentFds[i] >= 0) pipeWrap.closeFd(parentFds[i]);
    retire(rec);
    return null;
  }
  spare = null;
  clearTimeout(rec.timer);
  rec.onexit = onexit;
  rec.handle.ref();
  return { handle: rec.handle, stdio: parentFds };
}

module.exports = { adopt, replenish, kFork };
