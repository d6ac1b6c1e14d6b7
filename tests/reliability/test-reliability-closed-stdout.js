'use strict';
// `runtime script.js | head -1` where the script writes 100,000 lines: once head has gone, the
// process ends as node's does. console.log ignores the EPIPE and the process exits 0 quietly;
// process.stdout.write's EPIPE is an 'error' event on stdout, so without a listener it is an
// uncaught error (exit 1, 'exit' listeners first), and with one the process exits 0.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const script = path.join(__dirname, 'fixtures', 'write-lines.js');

function pipeToHead(mode) {
  return new Promise((resolve) => {
    cp.execFile('bash', ['-c', '"$0" "$1" "$2" | head -1; echo "status ${PIPESTATUS[0]}" >&2',
                         process.execPath, script, mode], common.mustSucceed((stdout, stderr) => {
      resolve({ stdout, stderr });
    }));
  });
}

(async () => {
  let r = await pipeToHead('console');
  assert.deepStrictEqual(r, { stdout: 'line 0\n', stderr: 'exit 0\nstatus 0\n' });

  r = await pipeToHead('handler');
  assert.deepStrictEqual(r, { stdout: 'line 0\n', stderr: 'error EPIPE write\nexit 0\nstatus 0\n' });

  r = await pipeToHead('write');
  assert.strictEqual(r.stdout, 'line 0\n');
  assert.match(r.stderr, /^exit 1\n/);
  assert.match(r.stderr, /\nError: write EPIPE\n/);
  assert.match(r.stderr, /\n {2}errno: -32,\n {2}code: 'EPIPE',\n {2}syscall: 'write'\n}\n\nNode\.js v20\.\d+\.\d+\nstatus 1\n$/);
})().then(common.mustCall());
