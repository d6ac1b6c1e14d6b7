'use strict';
// process.setuid/setgid/seteuid/setegid/setgroups/initgroups and getgroups: node's argument
// errors, ERR_UNKNOWN_CREDENTIAL for names the system does not know, and, as root, a child that
// gives up root for `nobody` and then cannot take it back (EPERM, as node words it).
const assert = require('assert');
const { spawnSync } = require('child_process');

assert.throws(() => process.setuid({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be one of type number or string. Received an instance of Object',
});
assert.throws(() => process.setgid(-1), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => process.seteuid(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "id" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => process.setuid('no-such-user-jnode'), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: 'User identifier does not exist: no-such-user-jnode',
});
assert.throws(() => process.setegid('no-such-group-jnode'), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: 'Group identifier does not exist: no-such-group-jnode',
});
assert.throws(() => process.setgroups('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.setgroups([0, null]), { code: 'ERR_INVALID_ARG_TYPE', message: /"groups\[1\]"/ });
assert.throws(() => process.setgroups([process.getgid(), 'no-such-group-jnode']), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: 'Group identifier does not exist: no-such-group-jnode',
});
assert.throws(() => process.initgroups('root', 'no-such-group-jnode'), {
  code: 'ERR_UNKNOWN_CREDENTIAL',
  message: 'Group identifier does not exist: no-such-group-jnode',
});

const groups = process.getgroups();
assert.ok(Array.isArray(groups) && groups.includes(process.getegid()), String(groups));

// Changing our own ids would change the test runner's process; a child does it.
const child = `
  const out = [];
  const attempt = (f) => { try { f(); } catch (e) { out.push([e.message, e.code, e.syscall, e.errno]); } };
  process.initgroups('nobody', 'nogroup');
  out.push(process.getgroups().sort((a, b) => a - b));
  process.setgroups(['nogroup']);
  out.push(process.getgroups());
  process.setegid('nogroup'); process.seteuid('nobody');
  out.push([process.getuid(), process.geteuid(), process.getegid()]);
  process.seteuid(0); process.setegid(0);
  process.setgid(65534); process.setuid('nobody');
  out.push([process.getuid(), process.geteuid(), process.getgid(), process.getegid()]);
  attempt(() => process.setuid(0));
  attempt(() => process.setgroups([0]));
  attempt(() => process.initgroups('root', 0));
  console.log(JSON.stringify(out));
`;
const nobody = spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' });
if (process.getuid() !== 0 || nobody.status !== 0 || nobody.stdout.trim() !== '65534' ||
    spawnSync('getent', ['group', 'nogroup']).status !== 0) {
  console.log('skipped the root part: not root, or no nobody/nogroup with id 65534');
  return;
}
const r = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
const eperm = ['EPERM, Operation not permitted', 'EPERM'];
assert.deepStrictEqual(JSON.parse(r.stdout), [
  [0, 65534],
  [65534, 0], // the effective gid (still 0) is added, as node adds it
  [0, 65534, 65534],
  [65534, 65534, 65534, 65534],
  [...eperm, 'setuid', 1],
  [...eperm, 'setgroups', 1],
  [...eperm, 'initgroups', 1],
]);
