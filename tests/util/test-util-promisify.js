// util.promisify / callbackify / deprecate / debuglog / isDeepStrictEqual.
const assert = require('assert');
const util = require('util');

const pending = [];
function later(name, promise) {
  pending.push(promise.then(() => true, (e) => { throw new Error(`${name}: ${e && e.stack}`); }));
}

// promisify: resolve with the first value, reject with the error, keep `this` and properties.
function cbFn(a, b, cb) { cb(null, a + b, 'ignored'); }
cbFn.extra = 42;
const p = util.promisify(cbFn);
assert.strictEqual(p.extra, 42);
assert.strictEqual(p.name, 'cbFn');
assert.strictEqual(p[util.promisify.custom], p);
assert.strictEqual(util.promisify(p), p);
later('resolve', p(1, 2).then((v) => assert.strictEqual(v, 3)));
later('reject', util.promisify((cb) => cb(new Error('nope')))().then(
  () => assert.fail('should reject'), (e) => assert.strictEqual(e.message, 'nope')));
later('this', util.promisify(function(cb) { cb(null, this.v); }).call({ v: 7 }).then((v) => assert.strictEqual(v, 7)));
later('sync throw', util.promisify(() => { throw new Error('sync'); })().then(
  () => assert.fail('should reject'), (e) => assert.strictEqual(e.message, 'sync')));

function withCustom() {}
const custom = () => Promise.resolve('custom');
withCustom[util.promisify.custom] = custom;
assert.strictEqual(util.promisify(withCustom), custom);
assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
withCustom[util.promisify.custom] = 5;
assert.throws(() => util.promisify(withCustom), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "util.promisify.custom" property must be of type function. Received type number (5)',
});

// callbackify: value, rejection, falsy rejection wrapped in ERR_FALSY_VALUE_REJECTION.
later('callbackify', new Promise((resolve, reject) => {
  util.callbackify(async (x) => x * 2)(21, (err, v) => {
    try {
      assert.strictEqual(err, null);
      assert.strictEqual(v, 42);
      resolve();
    } catch (e) { reject(e); }
  });
}));
later('callbackify reject', new Promise((resolve, reject) => {
  util.callbackify(async () => { throw null; })((err) => {
    try {
      assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
      assert.strictEqual(err.message, 'Promise was rejected with falsy value');
      assert.strictEqual(err.reason, null);
      resolve();
    } catch (e) { reject(e); }
  });
}));

// deprecate: one warning per code, forwards this/args/new.
const warnings = [];
const realEmit = process.emitWarning;
process.emitWarning = (...args) => warnings.push(args.slice(0, 3));
try {
  const dep = util.deprecate(function(a) { return this.k + a; }, 'old api', 'DEP_TEST1');
  assert.strictEqual(dep.call({ k: 1 }, 2), 3);
  assert.strictEqual(dep.call({ k: 1 }, 3), 4);
  const dep2 = util.deprecate(() => 1, 'other msg', 'DEP_TEST1');
  dep2();
  const dep3 = util.deprecate(() => 2, 'no code');
  dep3();
  class K { constructor(x) { this.x = x; } }
  const DepK = util.deprecate(K, 'class dep', 'DEP_TEST2');
  const k = new DepK(5);
  assert.strictEqual(k.x, 5);
  assert.ok(k instanceof K);
  assert.deepStrictEqual(warnings.map((w) => [w[0], w[1], typeof w[2] === 'string' ? w[2] : typeof w[2]]), [
    ['old api', 'DeprecationWarning', 'DEP_TEST1'],
    ['no code', 'DeprecationWarning', 'function'],
    ['class dep', 'DeprecationWarning', 'DEP_TEST2'],
  ]);
} finally {
  process.emitWarning = realEmit;
}

// debuglog: disabled unless NODE_DEBUG names the section.
const dbg = util.debuglog('jnode_test_section_off');
assert.strictEqual(dbg.enabled, false);
dbg('nothing is written');
assert.strictEqual(util.debug, util.debuglog);

// isDeepStrictEqual
assert.strictEqual(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }), true);
assert.strictEqual(util.isDeepStrictEqual({ a: 1 }, { a: '1' }), false);

Promise.all(pending).then(() => {}, (e) => { process.exitCode = 1; throw e; });
