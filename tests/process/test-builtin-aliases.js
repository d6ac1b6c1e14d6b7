'use strict';
// The small alias modules: process, module, sys, util/types, constants, path/posix.
const assert = require('assert');

assert.strictEqual(require('process'), process);
assert.strictEqual(require('module'), module.constructor);
assert.strictEqual(require('sys'), require('util'));
assert.strictEqual(require('util/types'), require('util').types);
const c = require('constants');
assert.ok(Object.isFrozen(c));
assert.strictEqual(c.ENOENT, 2);
assert.strictEqual(c.SIGINT, 2);
assert.strictEqual(c.O_RDONLY, 0);
assert.strictEqual(c.PRIORITY_LOW, 19);
assert.strictEqual(c.RTLD_LAZY, 1);
assert.strictEqual(require('path/posix'), require('path').posix);
