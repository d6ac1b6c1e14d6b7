'use strict';
// Real npm packages: the colour logger chalk 4 and the debug logger debug 4 (npm ci from the
// lockfile in ecosystem/logger), with colours forced and without, print the same under jnode as
// under node; debug's time deltas (+Nms) and ISO dates vary between runs and are masked.
const assert = require('assert');
const { installFixture, hasNode, run } = require('./npm-fixture');

const dir = installFixture('logger');
const mask = (s) => s.replace(/\+\d+m?s/g, '+Nms').replace(/^\d{4}-\d\d-\d\dT[\d:.]+Z /gm, 'DATE ');

const settings = [
  { FORCE_COLOR: '3', DEBUG: '*,-other', DEBUG_COLORS: '1' },
  { FORCE_COLOR: '0', DEBUG: 'app:*', DEBUG_COLORS: '0' },
];
const outputs = [];
for (const env of settings) {
  const r = run(process.execPath, dir, ['log.js'], { env: { ...process.env, ...env } });
  assert.strictEqual(r.status, 0, r.stderr);
  outputs.push(r);
  if (hasNode) {
    const n = run('node', dir, ['log.js'], { env: { ...process.env, ...env } });
    assert.strictEqual(r.stdout, n.stdout, JSON.stringify(env));
    assert.strictEqual(mask(r.stderr), mask(n.stderr), JSON.stringify(env));
  }
}

const [colour, plain] = outputs;
assert.ok(colour.stdout.startsWith('\x1b[31mred\x1b[39m \x1b[1m\x1b[4m\x1b[34mbold blue\x1b[39m\x1b[24m\x1b[22m'));
assert.match(colour.stdout, /^\x1b\[32mouter \x1b\[33minner\x1b\[39m\x1b\[32m outer\x1b\[39m$/m);
// debug picks 16 or 256 colours from supports-color, which reads TERM and CI from the environment.
assert.match(mask(colour.stderr),
             /^ {2}\x1b\[(3\d|38;5;\d+);1mapp:main \x1b\[0mstarting server with 4 workers \x1b\[\1m\+Nms\x1b\[0m$/m);
assert.deepStrictEqual(mask(plain.stderr).split('\n'), [
  'DATE app:main starting server with 4 workers',
  "DATE app:main config { port: 8080, tls: false, hosts: [ 'a', 'b' ] }",
  "DATE app:main:db query { sql: 'select 1', params: [ 1, 2 ] }",
  'DATE other now shown',
  '',
]);
assert.match(plain.stdout, /^red bold blue {2}ok $/m);
assert.match(plain.stdout, /^enabled true true false true$/m);
