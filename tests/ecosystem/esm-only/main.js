// ESM-only packages imported from an ES module ("type": "module"): chalk 5 (its "exports" with
// #imports inside), nanoid 5 (webcrypto random bytes), execa 8 (child processes, streams,
// signal-exit); the CommonJS side reaches them through import().
import chalk, { Chalk, supportsColor } from 'chalk';
import { nanoid, customAlphabet } from 'nanoid';
import { execa, execaSync, $ } from 'execa';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const colours = new Chalk({ level: 1 });
console.log(colours.red('red'), colours.bold.green('bold green'), new Chalk({ level: 0 }).blue('plain'));
console.log('default level', chalk.level, supportsColor);

const id = nanoid();
console.log('nanoid', id.length, /^[A-Za-z0-9_-]+$/.test(id), nanoid(10).length);
const hex = customAlphabet('0123456789abcdef', 16);
console.log('custom', /^[0-9a-f]{16}$/.test(hex()));

const r = await execa('sh', ['-c', 'echo out; echo err >&2']);
console.log('execa', r.exitCode, r.stdout, r.stderr);
try {
  await execa('sh', ['-c', 'exit 3']);
} catch (err) {
  console.log('execa exit', err.exitCode, err.shortMessage);
}
try {
  await execa('no-such-command-jnode');
} catch (err) {
  console.log('execa enoent', err.code);
}
const { stdout } = await $`echo ${'template literal'}`;
console.log('$', stdout);
console.log('sync', execaSync('echo', ['sync']).stdout);
const killed = execa('sleep', ['5']);
setTimeout(() => killed.kill('SIGTERM'), 100);
try {
  await killed;
} catch (err) {
  console.log('killed', err.signal, err.isTerminated);
}

// require() of a CommonJS file from ESM via createRequire, and import() of ESM from CommonJS.
console.log('createRequire', typeof require('node:path').join);
const fromCjs = require('./cjs-side.cjs');
console.log('from cjs', await fromCjs.load());
