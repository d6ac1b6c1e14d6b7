'use strict';
// vm: scripts in this context, contexts with their own builtins whose globals flow back to the
// contextified object, compileFunction with parameters and extensions, and node's errors.
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined'); // globals only, no module scope
assert.strictEqual(new vm.Script('6 * 7').runInThisContext(), 42);
globalThis.sharedGlobal = 1;
assert.strictEqual(vm.runInThisContext('sharedGlobal'), 1);
assert.throws(() => new vm.Script('a +', 'bad.js'), SyntaxError);

const sandbox = { a: 1 };
assert.strictEqual(vm.runInNewContext('a += 1; var b = 2; c = 3; typeof setTimeout', sandbox), 'undefined');
assert.deepStrictEqual(sandbox, { a: 2, b: 2, c: 3 });
assert.strictEqual(vm.runInNewContext('typeof sharedGlobal'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof Realm'), 'undefined');
assert.strictEqual(typeof Realm, 'undefined'); // eslint-disable-line no-undef

const context = vm.createContext({ n: 1 });
assert.strictEqual(vm.createContext(context), context);
assert.strictEqual(vm.isContext(context), true);
assert.strictEqual(vm.isContext({}), false);
vm.runInContext('n++', context);
new vm.Script('n++; var later = n').runInContext(context);
assert.strictEqual(context.n, 3);
assert.strictEqual(context.later, 3);

// Another context's builtins are its own, as in node.
assert.strictEqual(vm.runInNewContext('[1] instanceof Array'), true);
assert.strictEqual(vm.runInNewContext('[1]') instanceof Array, false);
assert.throws(() => vm.runInNewContext('throw new TypeError("boom")'), (e) => {
  assert.strictEqual(e instanceof TypeError, false);
  assert.strictEqual(e.name, 'TypeError');
  assert.strictEqual(e.message, 'boom');
  return true;
});

assert.strictEqual(vm.compileFunction('return a + b', ['a', 'b'])(2, 3), 5);
assert.strictEqual(vm.compileFunction('return x * y', ['y'], { contextExtensions: [{ x: 7 }] })(6), 42);

assert.throws(() => vm.runInContext('1', {}),
              { code: 'ERR_INVALID_ARG_TYPE', message: /"contextifiedObject" argument must be an vm\.Context/ });
assert.throws(() => vm.isContext(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.createContext(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction(1), { code: 'ERR_INVALID_ARG_TYPE' });

// Code run in another context names its filename in stack frames (what DEP0005's node_modules
// check and error reports read).
assert.match(vm.runInNewContext('new Error().stack', {}, { filename: '/a/node_modules/b.js' }),
             /\n {4}at \/a\/node_modules\/b\.js:1:1/);
assert.match(vm.runInNewContext('new Error().stack', {}), /\n {4}at evalmachine\.<anonymous>:1:1/);
