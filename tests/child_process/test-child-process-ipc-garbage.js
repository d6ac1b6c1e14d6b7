'use strict';
// A peer writing garbage on the channel: the parse error is an uncaught exception that a
// handler can take, and the channel keeps working after it.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

process.on('uncaughtException', common.mustCall((err) => {
  assert.ok(err instanceof SyntaxError);
}));
const c = spawn('sh', ['-c', 'printf "this is not json\\n" >&3; sleep 0.2; printf "{\\"ok\\":1}\\n" >&3'],
                { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
c.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { ok: 1 });
}));
c.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
