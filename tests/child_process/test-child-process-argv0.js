'use strict';
// spawn's argv0 reaches the child as process.argv0, even where process.execPath is a script
// (jnode's launcher, which the kernel starts with the script's own path as argv[0]); how it
// gets there leaves no trace in the child's environment. A bad argv0 is refused.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const print = ['-p', 'JSON.stringify([process.argv0, Object.keys(process.env).filter((k) => k.startsWith("JNODE_ARGV"))])'];

const plain = spawnSync(process.execPath, print, { encoding: 'utf8' });
assert.strictEqual(plain.status, 0, plain.stderr);
assert.deepStrictEqual(JSON.parse(plain.stdout), [process.execPath, []]);

const named = spawnSync(process.execPath, print, { argv0: 'renamed', encoding: 'utf8' });
assert.strictEqual(named.status, 0, named.stderr);
assert.deepStrictEqual(JSON.parse(named.stdout), ['renamed', []]);

// Through a shell the name is the shell's business, as in node.
const viaShell = spawnSync(`"${process.execPath}" -p process.argv0`, { shell: true, argv0: 'sh-name', encoding: 'utf8' });
assert.strictEqual(viaShell.stdout.trim(), process.execPath);

assert.throws(() => spawnSync(process.execPath, print, { argv0: [] }), {
  code: 'ERR_INVALID_ARG_TYPE', message: /The "options.argv0" property must be of type string/,
});
assert.throws(() => spawnSync(process.execPath, print, { argv0: 'a\u0000b' }), { code: 'ERR_INVALID_ARG_VALUE' });
