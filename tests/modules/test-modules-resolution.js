'use strict';
// The CommonJS algorithm: relative files, .json, directories, node_modules with package.json
// main and exports, scoped packages, cycles, shebangs, require.resolve/cache/main.
const assert = require('assert');
const path = require('path');

const fx = (p) => path.join(__dirname, 'fixtures', p);

assert.deepStrictEqual(require('./fixtures/data.json'), { a: [1, 2], b: 'x' });
assert.strictEqual(require('./fixtures/dir-index'), 'dir-index');
assert.strictEqual(require('./fixtures/shebang'), 'shebang');

// Resolution from a module inside fixtures: node_modules lookup upward.
const { createRequire } = require('module');
const req = createRequire(fx('x.js'));
assert.strictEqual(req('pkg-main'), 'pkg-main:entry.js');
assert.strictEqual(req('pkg-exports'), 'cjs');
assert.strictEqual(req('pkg-exports/feature/x'), 'feature-x');
assert.strictEqual(req('@scope/pkg').scoped, true);
assert.throws(() => req('pkg-exports/dist/cjs.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './dist/cjs.js' is not defined by "exports" in ${fx('node_modules/pkg-exports/package.json')}`,
});
assert.strictEqual(req.resolve('pkg-main'), fx('node_modules/pkg-main/lib/entry.js'));

// Cycles: b sees a partially loaded a.
const a = require('./fixtures/cycle/a');
assert.strictEqual(a.loaded, true);
assert.strictEqual(a.fromB, false);

// The cache, require.main and module fields.
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(__filename, path.join(__dirname, 'test-modules-resolution.js'));
assert.strictEqual(require.cache[fx('data.json')].loaded, true);
assert.ok(module.paths.includes(path.join(__dirname, 'node_modules')));
assert.ok(require.resolve.paths('x').includes(path.join(__dirname, 'node_modules')));
assert.strictEqual(require.resolve.paths('./x')[0], __dirname);
assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('module').isBuiltin('node:fs'), true);
assert.ok(require('module').builtinModules.includes('child_process'));

// Errors.
assert.throws(() => require('./fixtures/nope'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message, `Cannot find module './fixtures/nope'\nRequire stack:\n- ${__filename}`);
  assert.deepStrictEqual(err.requireStack, [__filename]);
  return true;
});
assert.throws(() => require('./fixtures/bad.json'), (err) => {
  assert.ok(err instanceof SyntaxError);
  assert.ok(err.message.startsWith(fx('bad.json') + ': '));
  return true;
});
assert.throws(() => require(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
assert.throws(() => require(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => require('node:nope'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE', message: 'No such built-in module: node:nope' });
