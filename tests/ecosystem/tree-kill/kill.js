'use strict';
// tree-kill: a shell with two grandchildren (sleep) is killed with its whole tree; the
// grandchildren are gone afterwards; a pid that does not exist is no error, and an unknown
// signal throws node's ERR_UNKNOWN_SIGNAL from process.kill.
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const treeKill = require('tree-kill');

// A killed grandchild whose shell died first may stay a zombie (no init reaps it in a
// container): that counts as gone.
function alive(pid) {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function children(pid) {
  const out = execFileSync('ps', ['-o', 'pid', '--no-headers', '--ppid', String(pid)], { encoding: 'utf8' });
  return out.split('\n').map((s) => Number(s.trim())).filter(Boolean);
}

const shell = spawn('sh', ['-c', 'sleep 30 & sleep 30 & echo started; wait'], { stdio: ['ignore', 'pipe', 'inherit'] });
shell.stdout.once('data', () => {
  const grandchildren = children(shell.pid);
  console.log('grandchildren', grandchildren.length);
  shell.on('exit', (code, signal) => {
    // Whether the shell saw its children die first (exit 0) or got SIGTERM itself is a race.
    console.log('shell exited', code === 0 || signal === 'SIGTERM');
    setTimeout(() => {
      console.log('grandchildren alive', grandchildren.filter(alive).length);
      treeKill(999999, 'SIGTERM', (err) => {
        console.log('missing pid', err ? 'error' : 'no error');
        const other = spawn('sleep', ['30']);
        process.once('uncaughtException', (e) => {
          console.log('bad signal', e.code, e.message);
          other.kill();
        });
        treeKill(other.pid, 'SIGNOPE');
      });
    }, 200);
  });
  treeKill(shell.pid, 'SIGTERM', (err) => console.log('killed', err ? err.message : 'ok'));
});
