'use strict';
// spawn/exec/execFile and the Sync forms: output, exit codes, stdin, encodings, timeouts, maxBuffer.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

// spawn: stdout, stderr, exit code, events in order.
{
  const c = cp.spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
  assert.strictEqual(typeof c.pid, 'number');
  assert.strictEqual(c.spawnfile, 'sh');
  assert.deepStrictEqual(c.spawnargs, ['sh', '-c', 'echo out; echo err >&2; exit 3']);
  assert.strictEqual(c.stdio.length, 3);
  assert.strictEqual(c.stdio[1], c.stdout);
  let out = '';
  let err = '';
  const events = [];
  c.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
  c.stderr.on('data', (d) => { err += d; });
  c.on('spawn', common.mustCall(() => events.push('spawn')));
  c.on('exit', common.mustCall((code, signal) => {
    events.push('exit');
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.strictEqual(c.exitCode, 3);
  }));
  c.on('close', common.mustCall((code, signal) => {
    assert.deepStrictEqual(events, ['spawn', 'exit']);
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.strictEqual(out, 'out\n');
    assert.strictEqual(err, 'err\n');
  }));
}

// stdin through a pipe.
{
  const c = cp.spawn('cat');
  let out = '';
  c.stdout.on('data', (d) => { out += d; });
  c.stdin.write('hello ');
  c.stdin.end(Buffer.from('world'));
  c.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'hello world');
  }));
}

// cwd, env, argv0, shell.
{
  const c = cp.spawn('sh', ['-c', 'pwd; echo "$FOO"; echo "$0"'], { cwd: '/tmp', env: { FOO: 'bar', PATH: process.env.PATH }, argv0: 'myname' });
  let out = '';
  c.stdout.on('data', (d) => { out += d; });
  c.on('close', common.mustCall(() => assert.strictEqual(out, '/tmp\nbar\nmyname\n')));
  cp.spawn('echo $((1+2))', { shell: true }).stdout.on('data', common.mustCall((d) => assert.strictEqual(`${d}`, '3\n')));
}

// stdio 'ignore' and extra fds.
{
  const c = cp.spawn('sh', ['-c', 'echo x; echo fd3 >&3'], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'] });
  assert.strictEqual(c.stdout, null);
  assert.strictEqual(c.stdin, null);
  c.stdio[3].on('data', common.mustCall((d) => assert.strictEqual(`${d}`, 'fd3\n')));
  c.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
}

// exec and execFile.
cp.exec('echo hi; echo oops >&2', common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'hi\n');
  assert.strictEqual(stderr, 'oops\n');
}));
cp.exec('exit 7', common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 7);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'exit 7');
  assert.strictEqual(err.message, 'Command failed: exit 7\n');
  assert.strictEqual(stdout, '');
}));
cp.execFile('echo', ['a', 'b'], { encoding: 'buffer' }, common.mustSucceed((stdout) => {
  assert.ok(Buffer.isBuffer(stdout));
  assert.strictEqual(stdout.toString(), 'a b\n');
}));
cp.execFile('sh', ['-c', 'head -c 2000 /dev/zero'], { maxBuffer: 100 }, common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout.length, 100);
}));
cp.exec('sleep 10', { timeout: 100 }, common.mustCall((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
}));
require('util').promisify(cp.exec)('echo promised').then(common.mustCall(({ stdout }) => {
  assert.strictEqual(stdout, 'promised\n');
}));

// Sync forms.
assert.strictEqual(cp.execSync('echo sync').toString(), 'sync\n');
assert.strictEqual(cp.execFileSync('cat', { input: 'in' }).toString(), 'in');
assert.strictEqual(cp.execSync('echo x', { encoding: 'utf8' }), 'x\n');
{
  const r = cp.spawnSync('sh', ['-c', 'echo o; echo e >&2; exit 4']);
  assert.strictEqual(r.status, 4);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(r.output[0], null);
  assert.strictEqual(r.stdout.toString(), 'o\n');
  assert.strictEqual(r.stderr.toString(), 'e\n');
  assert.strictEqual(typeof r.pid, 'number');
}
{
  const r = cp.spawnSync('sleep', ['10'], { timeout: 100 });
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.strictEqual(r.status, null);
}
{
  const r = cp.spawnSync('sh', ['-c', 'head -c 5000 /dev/zero'], { maxBuffer: 10 });
  assert.strictEqual(r.error.code, 'ENOBUFS');
}
assert.throws(() => cp.execSync('exit 2', { stdio: 'pipe' }), (e) => e.status === 2 && e.message === 'Command failed: exit 2');
assert.throws(() => cp.spawn('x', { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('x', { uid: 'a' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('x', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.spawnSync('x', { stdio: ['ipc'] }), { code: 'ERR_IPC_SYNC_FORK' });

// The child inherits only its stdio: none of the parent's jars, epoll fds or sockets.
{
  const listing = cp.execFileSync('sh', ['-c', 'ls -l /proc/$$/fd'], { encoding: 'utf8' });
  assert.ok(!/\.jar|eventpoll|eventfd/.test(listing), listing);
}
