'use strict';
// process.throwDeprecation: emitWarning() of a DeprecationWarning does not throw at the call; the
// warning is thrown on a later tick (so earlier warnings are written first), as an uncaught
// exception that an 'uncaughtException' handler receives.
const common = require('../common');
const assert = require('assert');

process.throwDeprecation = true;
let returned = false;
process.once('uncaughtException', common.mustCall((err) => {
  assert.ok(returned, 'thrown after emitWarning returned');
  assert.strictEqual(err.name, 'DeprecationWarning');
  assert.strictEqual(err.message, 'old API');
  assert.strictEqual(err.code, 'DEP9999');
  process.throwDeprecation = false;
}));
process.emitWarning('old API', 'DeprecationWarning', 'DEP9999');
returned = true;
