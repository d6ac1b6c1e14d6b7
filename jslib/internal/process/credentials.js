'use strict';
// process.setuid and the other credential setters (node's does_own_process_state switch): they
// exist only where jnode owns the OS process, not in a runtime embedded in a Java application.
// An id is a number or a user/group name; a name the system does not know is
// ERR_UNKNOWN_CREDENTIAL, a refused call the C library's errno.

const {
  strerrorException,
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_CREDENTIAL },
} = require('internal/errors');
const { validateArray, validateUint32 } = require('internal/validators');

const credentials = internalBinding('credentials');

function validateId(id, name) {
  if (typeof id === 'number') validateUint32(id, name);
  else if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
}

function check(rc, syscall) {
  if (rc < 0) throw strerrorException(rc, syscall, credentials.strerror(-rc));
  return rc;
}

function idSetter(type, syscall) {
  return { [syscall](id) {
    validateId(id, 'id');
    if (check(credentials[syscall](id), syscall) === 1) throw new ERR_UNKNOWN_CREDENTIAL(type, id);
  } }[syscall];
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  const rc = check(credentials.setgroups(groups), 'setgroups');
  if (rc > 0) throw new ERR_UNKNOWN_CREDENTIAL('Group', groups[rc - 1]);
}

function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  const rc = check(credentials.initgroups(user, extraGroup), 'initgroups');
  if (rc === 1) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
  if (rc === 2) throw new ERR_UNKNOWN_CREDENTIAL('Group', extraGroup);
}

/** The supplementary groups, with the effective gid added when they lack it (as node does). */
function getgroups() {
  const groups = credentials.getgroups();
  if (typeof groups === 'number') check(groups, 'getgroups');
  const list = Array.from(groups);
  const egid = internalBinding('process').getegid();
  if (!list.includes(egid)) list.push(egid);
  return list;
}

module.exports = {
  setuid: idSetter('User', 'setuid'),
  seteuid: idSetter('User', 'seteuid'),
  setgid: idSetter('Group', 'setgid'),
  setegid: idSetter('Group', 'setegid'),
  setgroups,
  initgroups,
  getgroups,
};
