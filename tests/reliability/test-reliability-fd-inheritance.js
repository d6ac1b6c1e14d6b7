'use strict';
// A child inherits only the fds it was given: its stdio and the extra entries of `stdio`, never
// a file, socket or pipe the parent opened for itself. (Node also passes on fds that its own
// parent left open without O_CLOEXEC; jnode, whose JVM sets no O_CLOEXEC, closes every fd it
// was not told to give. Run under a clean parent, as JUnit runs it, both give the same set.)
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

const secretPath = path.join(common.tmpdir('fd-inheritance'), 'secret');
const secret = fs.openSync(secretPath, 'w');

/** The parent's fds above 2 without O_CLOEXEC, that node lets every child inherit. */
function strayFds() {
  if (common.isJnode) return [];
  return fs.readdirSync('/proc/self/fd').filter((n) => {
    try {
      const flags = /^flags:\s+(\d+)$/m.exec(fs.readFileSync(`/proc/self/fdinfo/${n}`, 'utf8'))[1];
      return +n > 2 && !(parseInt(flags, 8) & 0o2000000);
    } catch {
      return false; // the directory's own fd
    }
  }).map(Number);
}

/** fd -> target of a child shell (`: ` keeps sh from exec'ing ls, so ls lists the shell's fds). */
function shellFds(stdio) {
  return new Promise((resolve) => {
    const c = cp.spawn('sh', ['-c', 'ls -l /proc/$$/fd; :'], { stdio });
    let out = '';
    c.stdout.on('data', (d) => { out += d; });
    c.on('close', common.mustCall((code) => {
      assert.strictEqual(code, 0);
      const fds = {};
      for (const m of out.matchAll(/ (\d+) -> (.*)$/gm)) fds[m[1]] = m[2];
      resolve(fds);
    }));
  });
}

const server = net.createServer().listen(0, '127.0.0.1', common.mustCall(async () => {
  const stray = strayFds();
  const expectFds = (given) => [...given, ...stray].map(String).sort();

  let fds = await shellFds(['pipe', 'pipe', 'pipe']);
  assert.deepStrictEqual(Object.keys(fds).sort(), expectFds([0, 1, 2]));
  fds = await shellFds(['ignore', 'pipe', 'ignore']);
  assert.deepStrictEqual(Object.keys(fds).sort(), expectFds([0, 1, 2]));
  assert.strictEqual(fds[0], '/dev/null');
  assert.strictEqual(fds[2], '/dev/null');
  fds = await shellFds(['pipe', 'pipe', 'pipe', 'ipc']);
  assert.deepStrictEqual(Object.keys(fds).sort(), expectFds([0, 1, 2, 3]));
  assert.match(fds[3], /^socket:/);
  fds = await shellFds(['pipe', 'pipe', 'pipe', secret]);
  assert.deepStrictEqual(Object.keys(fds).sort(), expectFds([0, 1, 2, 3]));
  assert.strictEqual(fds[3], secretPath);
  fds = await shellFds(['pipe', 'pipe', 'pipe', 'ignore', 'pipe']);
  assert.deepStrictEqual(Object.keys(fds).sort(), expectFds([0, 1, 2, 4]));

  // A forked runtime opens fds of its own; none of them may be one of our sockets or pipes
  // (the server, a sibling's stdio) or our file, apart from the stdio it shares with us.
  const sibling = cp.spawn('sleep', ['30'], { stdio: 'pipe' });
  const mine = new Set([secretPath]);
  for (const n of fs.readdirSync('/proc/self/fd')) {
    if (+n <= 2 || stray.includes(+n)) continue;
    try {
      const t = fs.readlinkSync(`/proc/self/fd/${n}`);
      if (/^(socket|pipe):/.test(t)) mine.add(t);
    } catch {} // the directory's own fd
  }
  assert.ok(mine.size >= 5, 'the server socket and the sibling\'s three pipes are ours');
  const child = cp.fork(path.join(__dirname, 'fixtures', 'list-fds.js'), { stdio: ['pipe', 'inherit', 'inherit', 'ipc'] });
  child.on('message', common.mustCall((targets) => {
    const leaked = Object.entries(targets).filter(([, t]) => mine.has(t));
    assert.deepStrictEqual(leaked, []);
    assert.match(targets[0], /^socket:/); // its stdin pipe
    assert.match(targets[3], /^socket:/); // the channel
  }));
  child.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    sibling.kill();
    server.close();
  }));
}));
