'use strict';
const assert = require('assert');
const os = require('os');
const { execFileSync } = require('child_process');

assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
const uname = (flag) => execFileSync('uname', [flag], { encoding: 'utf8' }).trim();
assert.strictEqual(os.release(), uname('-r'));
assert.strictEqual(os.machine(), uname('-m'));
assert.strictEqual(os.hostname(), require('fs').readFileSync('/proc/sys/kernel/hostname', 'utf8').trim());
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.ok(os.totalmem() > os.freemem() && os.freemem() > 0);
assert.ok(os.uptime() > 0);
assert.strictEqual(os.loadavg().length, 3);
assert.ok(os.availableParallelism() >= 1);
const cpus = os.cpus();
assert.ok(cpus.length >= 1);
assert.deepStrictEqual(Object.keys(cpus[0]), ['model', 'speed', 'times']);
assert.deepStrictEqual(Object.keys(cpus[0].times), ['user', 'nice', 'sys', 'idle', 'irq']);

const u = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(u), null);
assert.deepStrictEqual(Object.keys(u), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(u.uid, process.geteuid());
assert.ok(Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));

const lo = os.networkInterfaces().lo;
assert.deepStrictEqual(lo[0], {
  address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00',
  internal: true, cidr: '127.0.0.1/8',
});

assert.strictEqual(typeof os.getPriority(), 'number');
assert.strictEqual(os.getPriority(0), os.getPriority(process.pid));
assert.throws(() => os.getPriority(-1), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(err.message, 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.syscall, 'uv_os_getpriority');
  assert.deepStrictEqual(err.info, { errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority' });
  return true;
});
assert.throws(() => os.setPriority(0, 100), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 100',
});
assert.throws(() => os.getPriority('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'x\')',
});
const prio = os.getPriority();
os.setPriority(prio); // same value: always permitted
assert.strictEqual(os.getPriority(), prio);

assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.priority.PRIORITY_LOW, 19);
assert.strictEqual(Object.getPrototypeOf(os.constants.signals), null);
