'use strict';
// util.types brand checks and the legacy util.is* helpers
// Expected strings were produced by node v20 and are hard-coded here.
const assert = require('assert');
const u = require('util');
const I = (v, o) => u.inspect(v, o);
const F = (...a) => u.format(...a);
const t = u.types;
class Foo { toString() { return 'FOO'; } }
class Bar {}

const cases = [
  ["types", () => JSON.stringify([
    t.isDate(new Date()), t.isDate({[Symbol.toStringTag]: 'Date'}), t.isDate(Object.create(Date.prototype)),
    t.isRegExp(/x/), t.isRegExp(RegExp.prototype), t.isMap(new Map()), t.isMap(Object.create(Map.prototype)), t.isSet(new Set()),
    t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()), t.isPromise(Promise.resolve()), t.isPromise({then(){}}),
    t.isTypedArray(new Uint8Array()), t.isTypedArray(new DataView(new ArrayBuffer(1))), t.isUint8Array(new Uint8Array()), t.isUint8Array(new Int8Array()),
    t.isArrayBuffer(new ArrayBuffer(1)), t.isAnyArrayBuffer(new SharedArrayBuffer(1)), t.isSharedArrayBuffer(new ArrayBuffer(1)), t.isDataView(new DataView(new ArrayBuffer(1))),
    t.isNativeError(new TypeError()), t.isNativeError({name:'Error', message: ''}), t.isNativeError(Object.create(Error.prototype)), t.isNativeError(new (class E extends Error {})()),
    t.isBoxedPrimitive(new String('')), t.isBoxedPrimitive(''), t.isNumberObject(new Number(1)), t.isStringObject(new Number(1)), t.isSymbolObject(Object(Symbol())), t.isBigIntObject(Object(1n)), t.isBooleanObject(new Boolean()),
    t.isGeneratorFunction(function*(){}), t.isGeneratorFunction(function(){}), t.isAsyncFunction(async () => {}), t.isAsyncFunction(() => {}),
    t.isGeneratorObject((function*(){})()), t.isGeneratorObject({}), t.isMapIterator(new Map().keys()), t.isMapIterator(new Set().keys()), t.isSetIterator(new Set().entries()),
    t.isArgumentsObject((function(){return arguments})()), t.isArgumentsObject([]), t.isArgumentsObject((function(){'use strict'; return arguments})()),
    t.isModuleNamespaceObject({}), t.isProxy({}), t.isExternal({}), t.isArrayBufferView(Buffer.alloc(1)), t.isKeyObject({}), t.isCryptoKey({}),
  ]),
    "[true,false,false,true,false,true,false,true,true,true,true,false,true,false,true,false,true,true,false,true,true,false,false,true,true,false,true,false,true,true,true,true,false,true,false,true,false,true,false,true,true,false,true,false,false,false,true,false,false]"],
  ["utilmisc", () => JSON.stringify([u.isArray([]), u.isBoolean(1), u.isNull(null), u.isNullOrUndefined(undefined), u.isNumber(1), u.isString(''), u.isSymbol(Symbol()), u.isUndefined(), u.isRegExp(/x/), u.isObject(null), u.isObject([]), u.isDate(new Date()), u.isError(new Error()), u.isFunction(() => {}), u.isPrimitive(null), u.isPrimitive({}), u._extend({a: 1}, {b: 2}), u._extend({a: 1}, null), u.toUSVString('a\ud800b')]),
    "[true,false,true,true,true,true,true,true,true,false,true,true,true,true,true,false,{\"a\":1,\"b\":2},{\"a\":1},\"a�b\"]"],
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
