'use strict';
// A spare never outlives the program that started it: whether the program exits on its own
// (its loop does not wait for the spare) or is killed, the spare goes too.
const common = require('../common');
const assert = require('assert');
const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

const fixture = path.join(__dirname, 'fixtures', 'spare-forking-parent.js');

function alive(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function check(mode, done) {
  execFile(process.execPath, [fixture, mode], common.mustCall((err, stdout) => {
    if (mode === 'kill') assert.strictEqual(err.signal, 'SIGKILL');
    else assert.ifError(err);
    const { pid, spares } = JSON.parse(stdout);
    assert.ok(pid > 0);
    // fork() left exactly one spare waiting.
    assert.strictEqual(spares.length, 1, `spares of ${pid}: ${spares}`);
    const deadline = Date.now() + 20000;
    (function poll() {
      if (!alive(spares[0])) return done();
      assert.ok(Date.now() < deadline, `spare ${spares[0]} outlived its parent ${pid} (${mode})`);
      setTimeout(poll, 100);
    })();
  }));
}

check('exit', common.mustCall(() => check('kill', common.mustCall())));
