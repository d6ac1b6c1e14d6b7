'use strict';
// Real npm packages: express 4 (installed with `npm ci` from the lockfile in ecosystem/express)
// serves routes, JSON bodies and error handlers, alone and in a 2-worker cluster, with the same
// output under jnode as under node. Skipped, saying so, where npm or the registry is missing.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function skip(why) {
  console.log(`skipped: ${why}`);
  process.exit(0);
}

const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
if (npm.error) skip('npm is not installed');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-express-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
for (const f of ['package.json', 'package-lock.json', 'app.js', 'cluster.js']) {
  fs.copyFileSync(path.join(__dirname, 'express', f), path.join(dir, f));
}
const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'],
                          { cwd: dir, encoding: 'utf8', timeout: 300000 });
if (install.status !== 0) {
  if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|network/i.test(install.stderr)) {
    skip(`the npm registry cannot be reached: ${install.stderr.trim().split('\n')[0]}`);
  }
  assert.fail(`npm ci failed: ${install.stderr}`);
}

function run(runtime, script) {
  const r = spawnSync(runtime, [script], { cwd: dir, encoding: 'utf8', timeout: 120000 });
  assert.strictEqual(r.status, 0, `${runtime} ${script}: ${r.stderr}`);
  return r.stdout;
}

const app = run(process.execPath, 'app.js');
assert.deepStrictEqual(app.trim().split('\n'), [
  'GET /hello/bob?x=1&y=2 200 application/json; charset=utf-8 {"hi":"bob","query":{"x":"1","y":"2"}}',
  'POST /echo 201 application/json; charset=utf-8 {"got":{"a":[1,2],"b":{"c":null}}}',
  'POST /echo 400 application/json; charset=utf-8 {"error":"entity.parse.failed"}',
  'GET /boom 500 application/json; charset=utf-8 {"error":"boom"}',
  'GET /async 500 application/json; charset=utf-8 {"error":"later"}',
  'GET /missing 404 text/html; charset=utf-8 <!DOCTYPE html>',
]);

const cluster = run(process.execPath, 'cluster.js');
assert.match(cluster, /^workers that answered: 1,2$/m);
assert.deepStrictEqual(cluster.match(/^worker \d exit 0 null$/gm).sort(), ['worker 1 exit 0 null', 'worker 2 exit 0 null']);

// The same programs under node print the same.
if (!spawnSync('node', ['--version']).error) {
  assert.strictEqual(app, run('node', 'app.js'));
  const sorted = (s) => s.trim().split('\n').sort();
  assert.deepStrictEqual(sorted(cluster), sorted(run('node', 'cluster.js')));
}
