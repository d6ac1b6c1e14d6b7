'use strict';
// process.features.jnode_engine says which Truffle runtime runs JS; the launcher starts the JIT
// when the build found a compiler matching the JDK (every child agrees with its parent).
const assert = require('assert');
const { execFileSync } = require('child_process');

const engine = process.features.jnode_engine;
assert.ok(engine === 'optimizing' || engine === 'interpreter', `unexpected engine ${engine}`);
const child = execFileSync(process.execPath, ['-p', 'process.features.jnode_engine'], { encoding: 'utf8' });
assert.strictEqual(child, `${engine}\n`);
