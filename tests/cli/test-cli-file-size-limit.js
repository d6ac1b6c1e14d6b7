'use strict';
// A runtime started under a tiny file-size limit (`ulimit -f 1`, as node's SIGXFSZ test sets it)
// starts and runs: its start-up writes no file (jnode once unpacked Netty's epoll library into
// /tmp on every start, and died before any JS ran). Writing past the limit then fails with EFBIG
// in JS, since node (and jnode) ignore SIGXFSZ.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fsize-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const big = path.join(dir, 'big');
const script = `
  const fs = require('fs');
  try {
    fs.writeFileSync(${JSON.stringify(big)}, Buffer.alloc(8192));
    console.log('wrote');
  } catch (err) {
    console.log(err.code);
  }`;
const r = spawnSync('/bin/sh', ['-c', 'ulimit -f 1; exec "$0" -e "$1"', process.execPath, script],
                    { encoding: 'utf8', timeout: 60000 });
assert.strictEqual(r.stderr, '', r.stderr);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, 'EFBIG\n');
