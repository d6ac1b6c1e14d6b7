'use strict';
// With a spare waiting, fork() still fails as node's does: bad arguments throw, a missing module
// or a bad option ends the child with node's exit code and message, a cwd that does not exist
// is an 'error' event.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const path = require('path');

const fixture = path.join(__dirname, 'fixtures', 'spare-report-child.js');

function failing(modulePath, opts, check) {
  const child = fork(modulePath, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], ...opts });
  let err = '';
  child.stderr.on('data', (d) => err += d);
  child.on('close', common.mustCall((code, signal) => check(code, signal, err)));
}

assert.throws(() => fork(123), { code: 'ERR_INVALID_ARG_TYPE' });
// The first fork starts a spare.
const first = fork(fixture, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
first.once('message', common.mustCall(() => {
  first.send({ exit: 0 });
  assert.throws(() => fork(fixture, { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
  failing(path.join(__dirname, 'fixtures', 'no-such-module.js'), {}, (code, signal, err) => {
    assert.strictEqual(code, 1);
    assert.match(err, /Cannot find module/);
    failing(fixture, { execArgv: ['--no-such-option'] }, (code, signal, err) => {
      assert.strictEqual(code, 9);
      assert.match(err, /: bad option: --no-such-option\n$/);
      const child = fork(fixture, { cwd: path.join(__dirname, 'no-such-dir') });
      child.on('error', common.mustCall((e) => {
        assert.strictEqual(e.code, 'ENOENT');
        assert.strictEqual(e.syscall, `spawn ${process.execPath}`);
      }));
    });
  });
}));
