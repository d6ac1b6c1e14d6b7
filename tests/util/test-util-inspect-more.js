'use strict';
// util.inspect: wide chars, getters options, classes, prototypes, errors in nesting, defaultOptions, grouping
// Expected strings were produced by node v20 and are hard-coded here.
const assert = require('assert');
const u = require('util');
const I = (v, o) => u.inspect(v, o);
const F = (...a) => u.format(...a);
const t = u.types;
class Foo { toString() { return 'FOO'; } }
class Bar {}

const cases = [
  ["strwidth", () => I(['ｆｕｌｌ', 'x', 'y', 'z', 'w', 'v', 'u', 'a\u0301']),
    "[ 'ｆｕｌｌ', 'x', 'y', 'z', 'w', 'v', 'u', 'á' ]"],
  ["getterSet", () => I({get a() { return 1; }, set a(v) {}}, {getters: 'set'}) + I({get a() { return 1; }, set a(v) {}, get b() { return 2 }}, {getters: 'get'}),
    "{ a: [Getter/Setter: 1] }{ a: [Getter/Setter], b: [Getter: 2] }"],
  ["classes2", () => I(class extends Bar {}) + I(Object.assign(class Z {}, {p: 1})),
    "[class (anonymous) extends Bar][class Z] { p: 1 }"],
  ["proto objects", () => I(Foo.prototype) + I(Map.prototype) + I(Array.prototype) + I(Object.prototype) + I(Function.prototype),
    "{}Object [Map] {}Object(0) [][Object: null prototype] {}[Function (anonymous)] Object"],
  ["error in obj depth", () => { const e = new Error('x'); e.stack = 'Error: x\n    at a (b:1:1)\n    at c (d:1:1)'; return I({a: {b: e}}) + I([e], {compact: false}); },
    "{\n  a: {\n    b: Error: x\n        at a (b:1:1)\n        at c (d:1:1)\n  }\n}[\n  Error: x\n      at a (b:1:1)\n      at c (d:1:1)\n]"],
  ["ctor tag", () => { class T { get [Symbol.toStringTag]() { return 'T'; } } return I(new T()) + I(Object.assign(new T(), {a: 1})); },
    "T {}T { a: 1 }"],
  ["defopts", () => { const o = {...u.inspect.defaultOptions}; u.inspect.defaultOptions = {depth: 0}; const r = I({a: {b: 1}}); u.inspect.defaultOptions = o; return r + I({a: {b: 1}}); },
    "{ a: [Object] }{ a: { b: 1 } }"],
  ["defoptsErr", () => { try { u.inspect.defaultOptions = null; } catch (e) { return e.code + e.message; } },
    "ERR_INVALID_ARG_TYPEThe \"options\" argument must be of type object. Received null"],
  ["inspect.custom", () => String(u.inspect.custom) + String(u.promisify.custom),
    "Symbol(nodejs.util.inspect.custom)Symbol(nodejs.util.promisify.custom)"],
  ["arr-with-holes-large", () => { const a = []; a[5] = 1; a[150] = 2; return I(a); },
    "[ <5 empty items>, 1, <144 empty items>, 2 ]"],
  ["deep-arrays-mixed", () => I({ a: [1, 2, 3], b: { c: [4, 5, { d: 6 }] }, e: 'str' }),
    "{ a: [ 1, 2, 3 ], b: { c: [ 4, 5, [Object] ] }, e: 'str' }"],
  ["ruler", () => I({ veryLongPropertyNameNumberOne: 'some value here', veryLongPropertyNameNumberTwo: 'another' }),
    "{\n  veryLongPropertyNameNumberOne: 'some value here',\n  veryLongPropertyNameNumberTwo: 'another'\n}"],
  ["grouped-nested", () => I({ list: Array.from({length: 50}, (_, i) => i * 3) }),
    "{\n  list: [\n      0,   3,   6,   9,  12,  15,  18,  21,  24,  27,  30,\n     33,  36,  39,  42,  45,  48,  51,  54,  57,  60,  63,\n     66,  69,  72,  75,  78,  81,  84,  87,  90,  93,  96,\n     99, 102, 105, 108, 111, 114, 117, 120, 123, 126, 129,\n    132, 135, 138, 141, 144, 147\n  ]\n}"],
  ["grouped-strings-nested", () => I([Array.from({length: 10}, (_, i) => 'abc'.repeat(i % 3))]),
    "[\n  [\n    '',       'abc',\n    'abcabc', '',\n    'abc',    'abcabc',\n    '',       'abc',\n    'abcabc', ''\n  ]\n]"],
];

let failed = 0;
for (const [label, fn, expected] of cases) {
  let actual;
  try {
    const r = fn();
    actual = typeof r === 'string' ? r : u.inspect(r);
  } catch (e) {
    actual = 'THREW ' + (e && e.stack);
  }
  try {
    assert.strictEqual(actual, expected, label);
  } catch (e) {
    failed++;
    process.exitCode = 1;
    if (failed === 1) throw new Error(`case ${label}:\n actual:   ${JSON.stringify(actual)}\n expected: ${JSON.stringify(expected)}`);
  }
}
