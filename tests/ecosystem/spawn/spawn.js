'use strict';
// cross-spawn and execa: output, exit codes, a missing command (ENOENT), a child killed by a
// signal, stdin input and sync forms; one line per outcome, in a fixed order.
const crossSpawn = require('cross-spawn');
const execa = require('execa');

function viaCrossSpawn(cmd, args) {
  return new Promise((resolve) => {
    const child = crossSpawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('error', (err) => resolve(`error ${err.code} ${err.syscall} ${err.path}`));
    child.on('close', (code, signal) => resolve(`close ${code} ${signal} ${JSON.stringify(out)}`));
  });
}

async function viaExeca(file, args, options) {
  try {
    const r = await execa(file, args, options);
    return `ok ${r.exitCode} ${JSON.stringify(r.stdout)} ${JSON.stringify(r.stderr)}`;
  } catch (err) {
    return `failed exit=${err.exitCode} signal=${err.signal} code=${err.code} timedOut=${err.timedOut} ` +
      `killed=${err.killed} ${JSON.stringify(err.shortMessage)}`;
  }
}

(async () => {
  console.log('cross-spawn echo:', await viaCrossSpawn('echo', ['hi there']));
  console.log('cross-spawn exit:', await viaCrossSpawn('sh', ['-c', 'printf x; exit 3']));
  console.log('cross-spawn enoent:', await viaCrossSpawn('no-such-command-jnode', []));
  console.log('cross-spawn signal:', await viaCrossSpawn('sh', ['-c', 'kill -TERM $$']));
  const sync = crossSpawn.sync('sh', ['-c', 'echo out; echo err >&2; exit 2'], { encoding: 'utf8' });
  console.log('cross-spawn sync:', sync.status, JSON.stringify(sync.stdout), JSON.stringify(sync.stderr));

  console.log('execa ok:', await viaExeca('sh', ['-c', 'echo out; echo err >&2']));
  console.log('execa exit:', await viaExeca('sh', ['-c', 'exit 7']));
  console.log('execa enoent:', await viaExeca('no-such-command-jnode', ['a']));
  console.log('execa signal:', await viaExeca('sh', ['-c', 'kill -KILL $$']));
  console.log('execa input:', await viaExeca('cat', [], { input: 'from stdin' }));
  // Not here: execa's { timeout }. execa passes it on to child_process.spawn as well, so two
  // timers race: spawn's own, made first, kills the child, and execa reports a timeout only if
  // its timer, made a little later, runs before the child's exit is read. Node makes both within
  // the same millisecond; a cold jnode takes a few more between them and then reports the SIGTERM
  // exit (timedOut=false, killed=true). Node does the same when its timers are as far apart.
  console.log('execa command:', await viaExeca('echo', ['a', 'b'], { shell: true }));
  const child = execa('sleep', ['5']);
  setTimeout(() => child.kill('SIGINT'), 100);
  try { await child; } catch (err) { console.log('execa kill:', err.signal, err.isCanceled, err.killed); }
  const s = execa.sync('sh', ['-c', 'echo sync; exit 0']);
  console.log('execa sync:', s.exitCode, s.stdout);
  try { execa.sync('sh', ['-c', 'exit 4']); } catch (err) { console.log('execa sync fail:', err.exitCode, err.shortMessage); }
  const node = await execa.node('-e', ['console.log(process.argv.length > 0)'], { nodePath: process.execPath });
  console.log('execa node:', node.stdout);
})();
