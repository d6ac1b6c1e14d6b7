'use strict';
// --unhandled-rejections, in each of node's modes, against what node v20 does with the same
// program (fixtures/unhandled-rejections.js): which listener runs, the warnings (numbered by
// rejection id), the exit code; a bad mode is refused with exit 9; NODE_OPTIONS sets it too.
require('../common');
const assert = require('assert');
const { execFile } = require('child_process');
const path = require('path');

const fixture = path.join(__dirname, 'fixtures', 'unhandled-rejections.js');
const ADVICE = 'Unhandled promise rejection. This error originated either by throwing inside of an async ' +
  'function without a catch block, or by rejecting a promise which was not handled with .catch(). To ' +
  'terminate the node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` ' +
  '(see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode).';
const WRAPPED = 'ERR_UNHANDLED_REJECTION';
// What stderr shows of the warnings, stack frames left out.
const WARNINGS = [
  'UnhandledPromiseRejectionWarning: Error: boom',
  '(Use `node --trace-warnings ...` to show where the warning was created)',
  `UnhandledPromiseRejectionWarning: ${ADVICE} (rejection id: 1)`,
  'UnhandledPromiseRejectionWarning: 42',
  `UnhandledPromiseRejectionWarning: ${ADVICE} (rejection id: 2)`,
];

function run(args, env = process.env) {
  return new Promise((resolve) => {
    execFile(process.execPath, [...args], { env }, (err, stdout, stderr) => {
      resolve({ code: err ? err.code : 0, stdout: stdout.split('\n').filter(Boolean), stderr });
    });
  });
}

// stderr's warning lines without the pid, the runtime's name or stack frames.
function warnings(stderr) {
  return stderr.split('\n').filter((l) => l && !/^\s+at /.test(l))
    .map((l) => l.replace(/^\(node:\d+\) /, '').replace(/^\(Use `\S+ /, '(Use `node '));
}

const cases = [
  // [mode, fixture argument, exit code, stdout, warnings]
  ['none', 'plain', 0, ['timer ran', 'exit 0 undefined'], []],
  ['warn', 'listen', 0, ['unhandledRejection boom', 'unhandledRejection 42', 'timer ran', 'exit 0 undefined'], WARNINGS],
  ['strict', 'uncaught', 0, ['uncaughtException boom unhandledRejection',
                             `uncaughtException ${WRAPPED} unhandledRejection`, 'timer ran', 'exit 0 undefined'], WARNINGS],
  ['warn-with-error-code', 'plain', 1, ['timer ran', 'exit 1 1'], WARNINGS],
  ['warn-with-error-code', 'listen', 0, ['unhandledRejection boom', 'unhandledRejection 42', 'timer ran',
                                         'exit 0 undefined'], []],
  ['throw', 'uncaught', 0, ['uncaughtException boom unhandledRejection',
                            `uncaughtException ${WRAPPED} unhandledRejection`, 'timer ran', 'exit 0 undefined'], []],
];

(async () => {
  for (const [mode, arg, code, stdout, expected] of cases) {
    const r = await run([`--unhandled-rejections=${mode}`, fixture, arg]);
    const what = `${mode} ${arg}: ${JSON.stringify(r)}`;
    assert.strictEqual(r.code, code, what);
    assert.deepStrictEqual(r.stdout, stdout, what);
    assert.deepStrictEqual(warnings(r.stderr), expected, what);
  }

  // strict: a listener for 'unhandledRejection' does not stop the crash; the space form works too.
  const strict = await run(['--unhandled-rejections', 'strict', fixture, 'listen']);
  assert.strictEqual(strict.code, 1);
  assert.deepStrictEqual(strict.stdout, ['exit 1 1']);
  assert.match(strict.stderr, /^Error: boom$/m);

  const env = { ...process.env, NODE_OPTIONS: '--unhandled-rejections=none' };
  assert.deepStrictEqual((await run([fixture, 'plain'], env)).stdout, ['timer ran', 'exit 0 undefined']);

  const bad = await run(['--unhandled-rejections=sometimes', fixture]);
  assert.strictEqual(bad.code, 9);
  assert.match(bad.stderr, /: invalid value for --unhandled-rejections\n$/);
  for (const args of [['--unhandled-rejections'], ['--unhandled-rejections=', fixture]]) {
    const missing = await run(args);
    assert.strictEqual(missing.code, 9);
    assert.match(missing.stderr, new RegExp(`: ${args[0]} requires an argument\n$`));
  }
})().then(require('../common').mustCall());
