'use strict';
// util.types: brand checks that look at internal slots (by calling a built-in method or
// getter that throws on the wrong receiver), so Symbol.toStringTag cannot fool them.
// Where JS has no side-effect-free brand check (promises, iterators, generators, proxies)
// an optional host hook from internalBinding('util') is used, else a prototype check.

let hooks = null;
function getHooks() {
  if (hooks === null) {
    hooks = {};
    try {
      if (typeof internalBinding === 'function') hooks = internalBinding('util') || {};
    } catch {
      hooks = {};
    }
  }
  return hooks;
}

const uncurry = (fn) => (self, ...args) => Reflect.apply(fn, self, args);
const getter = (proto, key) => uncurry(Object.getOwnPropertyDescriptor(proto, key).get);

function passes(check, value) {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

const isObjectLike = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

const dateGetTime = uncurry(Date.prototype.getTime);
const regexpSource = getter(RegExp.prototype, 'source');
const mapHas = uncurry(Map.prototype.has);
const setHas = uncurry(Set.prototype.has);
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : null;
const dataViewBuffer = getter(DataView.prototype, 'buffer');
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const numberValueOf = uncurry(Number.prototype.valueOf);
const stringValueOf = uncurry(String.prototype.valueOf);
const booleanValueOf = uncurry(Boolean.prototype.valueOf);
const bigintValueOf = uncurry(BigInt.prototype.valueOf);
const symbolValueOf = uncurry(Symbol.prototype.valueOf);
const objectToString = uncurry(Object.prototype.toString);

const AsyncFunctionPrototype = Object.getPrototypeOf(async function() {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function*() {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function*() {});
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;
const MapIteratorPrototype = Object.getPrototypeOf(new Map()[Symbol.iterator]());
const SetIteratorPrototype = Object.getPrototypeOf(new Set()[Symbol.iterator]());

function isDate(v) {
  return isObjectLike(v) && passes(dateGetTime, v);
}

function isRegExp(v) {
  return isObjectLike(v) && v !== RegExp.prototype && passes(regexpSource, v);
}

function isMap(v) {
  return isObjectLike(v) && passes(mapHas, v);
}

function isSet(v) {
  return isObjectLike(v) && passes(setHas, v);
}

function isWeakMap(v) {
  return isObjectLike(v) && passes(weakMapHas, v);
}

function isWeakSet(v) {
  return isObjectLike(v) && passes(weakSetHas, v);
}

function isArrayBuffer(v) {
  return isObjectLike(v) && passes(arrayBufferByteLength, v);
}

function isSharedArrayBuffer(v) {
  return sharedArrayBufferByteLength !== null && isObjectLike(v) && passes(sharedArrayBufferByteLength, v);
}

function isAnyArrayBuffer(v) {
  return isArrayBuffer(v) || isSharedArrayBuffer(v);
}

function isDataView(v) {
  return isObjectLike(v) && passes(dataViewBuffer, v);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function isTypedArray(v) {
  return typedArrayTag(v) !== undefined;
}

function typedArrayCheck(name) {
  return (v) => typedArrayTag(v) === name;
}

function hasOwnStringTag(v) {
  try {
    return typeof v[Symbol.toStringTag] === 'string';
  } catch {
    return true;
  }
}

function isNativeError(v) {
  if (!isObjectLike(v)) return false;
  if (typeof Error.isError === 'function') return Error.isError(v);
  const h = getHooks();
  if (typeof h.isNativeError === 'function') return h.isNativeError(v);
  // Object.prototype.toString reads [[ErrorData]] unless a tag overrides it.
  if (!hasOwnStringTag(v)) return objectToString(v) === '[object Error]';
  return Error.prototype.isPrototypeOf(v);
}

function isNumberObject(v) {
  return typeof v === 'object' && v !== null && passes(numberValueOf, v);
}

function isStringObject(v) {
  return typeof v === 'object' && v !== null && passes(stringValueOf, v);
}

function isBooleanObject(v) {
  return typeof v === 'object' && v !== null && passes(booleanValueOf, v);
}

function isBigIntObject(v) {
  return typeof v === 'object' && v !== null && passes(bigintValueOf, v);
}

function isSymbolObject(v) {
  return typeof v === 'object' && v !== null && passes(symbolValueOf, v);
}

function isBoxedPrimitive(v) {
  return isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
    isBigIntObject(v) || isSymbolObject(v);
}

function isAsyncFunction(v) {
  if (typeof v !== 'function') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

function isGeneratorFunction(v) {
  if (typeof v !== 'function') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === GeneratorFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

// A generator object inherits from the generator function's own `prototype` object,
// which in turn inherits from %GeneratorPrototype%; that object itself is no generator.
function isGeneratorObject(v) {
  if (typeof v !== 'object' || v === null) return false;
  const h = getHooks();
  if (typeof h.isGeneratorObject === 'function') return h.isGeneratorObject(v);
  const p1 = Object.getPrototypeOf(v);
  if (p1 === null) return false;
  const p2 = Object.getPrototypeOf(p1);
  return p2 === GeneratorPrototype || p2 === AsyncGeneratorPrototype;
}

function isPromise(v) {
  if (!isObjectLike(v)) return false;
  const h = getHooks();
  if (typeof h.isPromise === 'function') return h.isPromise(v);
  return v !== Promise.prototype && Promise.prototype.isPrototypeOf(v);
}

function isMapIterator(v) {
  if (typeof v !== 'object' || v === null) return false;
  const h = getHooks();
  if (typeof h.isMapIterator === 'function') return h.isMapIterator(v);
  return Object.getPrototypeOf(v) === MapIteratorPrototype;
}

function isSetIterator(v) {
  if (typeof v !== 'object' || v === null) return false;
  const h = getHooks();
  if (typeof h.isSetIterator === 'function') return h.isSetIterator(v);
  return Object.getPrototypeOf(v) === SetIteratorPrototype;
}

function isArgumentsObject(v) {
  if (typeof v !== 'object' || v === null) return false;
  if (!hasOwnStringTag(v)) return objectToString(v) === '[object Arguments]';
  return Object.prototype.hasOwnProperty.call(v, 'callee') && Object.prototype.hasOwnProperty.call(v, 'length');
}

function isModuleNamespaceObject(v) {
  if (typeof v !== 'object' || v === null) return false;
  const h = getHooks();
  if (typeof h.isModuleNamespaceObject === 'function') return h.isModuleNamespaceObject(v);
  if (Object.getPrototypeOf(v) !== null || Object.isExtensible(v)) return false;
  const d = Object.getOwnPropertyDescriptor(v, Symbol.toStringTag);
  if (d === undefined || d.value !== 'Module' || d.writable || d.enumerable || d.configurable) return false;
  // Exports are writable but not configurable; a frozen look-alike fails this.
  const names = Object.getOwnPropertyNames(v);
  if (names.length === 0) return false;
  return names.every((name) => {
    const desc = Reflect.getOwnPropertyDescriptor(v, name);
    return desc.writable === true && desc.enumerable === true && desc.configurable === false;
  });
}

// Proxies are invisible to JS; only a host hook can tell.
function isProxy(v) {
  if (!isObjectLike(v)) return false;
  const h = getHooks();
  if (typeof h.isProxy === 'function') return h.isProxy(v);
  if (typeof h.getProxyDetails === 'function') return h.getProxyDetails(v, false) !== undefined;
  return false;
}

function isExternal() {
  return false;
}

function isKeyObject() {
  return false;
}

function isCryptoKey() {
  return false;
}

module.exports = {
  isExternal,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};
