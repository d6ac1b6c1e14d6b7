'use strict';
// Shared by the ecosystem tests: a copy of tests/ecosystem/<name>/ in a temporary directory with
// its lockfile installed by `npm ci`, and a way to run one of its programs under jnode and node.
// Without npm or the registry the test ends here, saying it was skipped.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function skip(why) {
  console.log(`skipped: ${why}`);
  process.exit(0);
}

/** The installed copy of tests/ecosystem/<name> (removed at exit). */
function installFixture(name) {
  if (spawnSync('npm', ['--version'], { encoding: 'utf8' }).error) skip('npm is not installed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `jnode-${name}-`));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  fs.cpSync(path.join(__dirname, name), dir, { recursive: true });
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'],
                            { cwd: dir, encoding: 'utf8', timeout: 300000 });
  if (install.status !== 0) {
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network/i.test(install.stderr)) {
      skip(`the npm registry cannot be reached: ${install.stderr.trim().split('\n')[0]}`);
    }
    assert.fail(`npm ci failed: ${install.stderr}`);
  }
  return dir;
}

const hasNode = !spawnSync('node', ['--version']).error;

/** Runs `runtime args...` in dir; { status, signal, stdout, stderr }. */
function run(runtime, dir, args, options = {}) {
  return spawnSync(runtime, args, { cwd: dir, encoding: 'utf8', timeout: 60000, ...options });
}

module.exports = { skip, installFixture, hasNode, run };
