'use strict';
// import() from CommonJS: relative files, packages through "exports"/"imports"/"main",
// built-ins with and without node:, CommonJS with the named exports node finds; node's
// resolution errors; require() of an ES module.
const assert = require('assert');
const path = require('path');
const { mustCall } = require('../common');

const dir = path.join(__dirname, 'fixtures', 'esm');
const fx = (p) => path.join(dir, p);

async function rejects(specifier, code, message, name = 'Error') {
  await assert.rejects(import(specifier), (err) => {
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    assert.strictEqual(err.name, name);
    return true;
  });
}

(async () => {
  const util = await import('./fixtures/esm/lib/util.mjs');
  assert.strictEqual(util.util, 'util');
  assert.strictEqual(util.default('x'), 'hello x');
  assert.strictEqual(await import(fx('lib/util.mjs')), util);
  assert.strictEqual(await import('file://' + fx('lib/util.mjs')), util);

  // Built-ins: the same namespace with and without the scheme, default = the CJS exports.
  const fs = await import('node:fs');
  assert.strictEqual(await import('fs'), fs);
  assert.strictEqual(fs.default, require('fs'));
  assert.strictEqual(fs.readFileSync, require('fs').readFileSync);
  const keys = Object.keys(require('fs')).filter((k) => k !== 'default');
  for (const k of keys) assert.ok(k in fs, k);
  assert.strictEqual((await import('node:fs/promises')).readFile, require('fs/promises').readFile);
  assert.strictEqual((await import('events')).once, require('events').once);

  // CommonJS: module.exports is the default; the names node's lexer finds are named exports.
  const named = await import('./fixtures/esm/lib/cjs-named.cjs');
  assert.deepStrictEqual(Object.keys(named).sort(), ['alpha', 'beta', 'default', 'delta', 'gamma']);
  assert.strictEqual(named.default, require('./fixtures/esm/lib/cjs-named.cjs'));
  assert.strictEqual(named.default.hidden, 5);
  const object = await import('./fixtures/esm/lib/cjs-object.cjs');
  assert.deepStrictEqual(Object.keys(object).sort(), ['a', 'b', 'c', 'default']);
  const reexport = await import('./fixtures/esm/lib/cjs-reexport.cjs');
  assert.deepStrictEqual(Object.keys(reexport).sort(), ['alpha', 'beta', 'default', 'delta', 'gamma']);

  // Packages: "exports" with the import condition, subpaths, patterns, "imports", "main".
  const pkg = await import(fx('node_modules/exp-pkg/esm.mjs'));
  assert.strictEqual(pkg.kind, 'esm');
  assert.strictEqual(pkg.internal, 'internal');
  const typemod = await import('./fixtures/esm/typemod/index.js');
  assert.strictEqual(typemod.meta.dirname, fx('typemod'));
  assert.strictEqual(typemod.meta.filename, fx('typemod/index.js'));
  assert.strictEqual(typemod.meta.url, 'file://' + fx('typemod/index.js'));

  // node's errors.
  await rejects('./fixtures/esm/bad/not-found.mjs', 'ERR_MODULE_NOT_FOUND',
                `Cannot find module '${fx('bad/nope.mjs')}' imported from ${fx('bad/not-found.mjs')}`);
  await rejects('./fixtures/esm/bad/no-pkg.mjs', 'ERR_MODULE_NOT_FOUND',
                `Cannot find package 'no-such-pkg' imported from ${fx('bad/no-pkg.mjs')}`);
  await rejects('./fixtures/esm/bad/dir.mjs', 'ERR_UNSUPPORTED_DIR_IMPORT',
                `Directory import '${fx('lib')}' is not supported resolving ES modules imported from ${fx('bad/dir.mjs')}`);
  await rejects('./fixtures/esm/bad/not-exported.mjs', 'ERR_PACKAGE_PATH_NOT_EXPORTED',
                `Package subpath './hidden' is not defined by "exports" in ${fx('node_modules/exp-pkg/package.json')} ` +
                `imported from ${fx('bad/not-exported.mjs')}`);
  await rejects('./fixtures/esm/bad/private.mjs', 'ERR_PACKAGE_PATH_NOT_EXPORTED',
                `Package subpath './private/x' is not defined by "exports" in ${fx('node_modules/exp-pkg/package.json')} ` +
                `imported from ${fx('bad/private.mjs')}`);
  await rejects('./fixtures/esm/bad/no-import.mjs', 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
                `Package import specifier "#nope" is not defined in package ${fx('package.json')} ` +
                `imported from ${fx('bad/no-import.mjs')}`, 'TypeError');
  await rejects('./fixtures/esm/bad/unknown-builtin.mjs', 'ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: node:nope');
  await rejects('./fixtures/esm/bad/no-ext.mjs', 'ERR_MODULE_NOT_FOUND',
                `Cannot find module '${fx('bad/no-ext')}' imported from ${fx('bad/no-ext.mjs')}`);
  await assert.rejects(import('./fixtures/esm/bad/missing-named.mjs'), {
    name: 'SyntaxError',
    message: "The requested module '../lib/util.mjs' does not provide an export named 'nope'",
  });

  // Top-level await: the importer waits; a rejection rejects the import.
  assert.strictEqual((await import('./fixtures/esm/lib/tla.mjs')).late, 'late');
  await assert.rejects(import('./fixtures/esm/bad/tla-reject.mjs'), { name: 'RangeError', message: 'late' });

  // require() of an ES module (node 20.19+) gives its namespace, once.
  const required = require('./fixtures/esm/lib/util.mjs');
  assert.strictEqual(required.default, util.default);
  assert.strictEqual(required.util, 'util');
  assert.strictEqual(require('./fixtures/esm/lib/util.mjs'), required);
  assert.strictEqual(require('./fixtures/esm/typemod/index.js').fromTypeModule, 'util!');
})().then(mustCall());
