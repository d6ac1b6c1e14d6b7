'use strict';
// Real npm packages: express 4 (installed with `npm ci` from the lockfile in ecosystem/express)
// serves routes, JSON bodies and error handlers, alone and in a 2-worker cluster, with the same
// output under jnode as under node. Skipped, saying so, where npm or the registry is missing.
const assert = require('assert');
const { installFixture, hasNode, run: runIn } = require('./npm-fixture');

const dir = installFixture('express');

function run(runtime, script) {
  const r = runIn(runtime, dir, [script], { timeout: 120000 });
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
if (hasNode) {
  assert.strictEqual(app, run('node', 'app.js'));
  const sorted = (s) => s.trim().split('\n').sort();
  assert.deepStrictEqual(sorted(cluster), sorted(run('node', 'cluster.js')));
}
