'use strict';
// A parent that kills its child and exits at once must exit quietly: the child's end, reported
// after the parent's loop has ended, used to print a RejectedExecutionException on stderr
// (seen with examples/multi-process: SIGINT to the master).
const assert = require('assert');
const { fork, spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  setInterval(() => {}, 1000);
  process.send('up');
} else if (process.argv[2] === 'parent') {
  const c = fork(__filename, ['child']);
  c.on('message', () => {
    c.kill('SIGINT');
    setTimeout(() => process.exit(0), Number(process.argv[3]));
  });
} else {
  for (const delay of [0, 4, 8]) {
    const r = spawnSync(process.execPath, [__filename, 'parent', String(delay)], { encoding: 'utf8', timeout: 60000 });
    assert.strictEqual(r.status, 0, `delay ${delay}: exit code ${r.status}\n${r.stderr}`);
    assert.strictEqual(r.stderr, '', `delay ${delay}: stderr`);
  }
}
