'use strict';
// Deep equality for assert.deepEqual / deepStrictEqual and util.isDeepStrictEqual, with the
// semantics of Node 20: loose mode compares primitives with ==, strict mode uses Object.is
// plus prototype and [[Class]] checks; Maps/Sets may hold object keys; cycles are tracked.

// --- brand checks that cannot be fooled by Symbol.toStringTag ---------------------------------
// Each probes an internal slot through a built-in method that throws on anything else.

function probe(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

const dateGetTime = Date.prototype.getTime;
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const mapHas = Map.prototype.has;
const setHas = Set.prototype.has;
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : null;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;

const isDate = (v) => typeof v === 'object' && v !== null && probe(dateGetTime, v);
// RegExp.prototype's own `source` getter accepts RegExp.prototype itself; exclude it.
const isRegExp = (v) => typeof v === 'object' && v !== null && v !== RegExp.prototype &&
  probe(regexpSource, v);
const isMap = (v) => typeof v === 'object' && v !== null && probe(mapHas, v);
const isSet = (v) => typeof v === 'object' && v !== null && probe(setHas, v);
const isArrayBuffer = (v) => typeof v === 'object' && v !== null && probe(abByteLength, v);
const isSharedArrayBuffer = (v) => sabByteLength !== null && typeof v === 'object' && v !== null &&
  probe(sabByteLength, v);
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
const isArrayBufferView = (v) => ArrayBuffer.isView(v);
const typedArrayName = (v) => typedArrayTag.call(v);
const isTypedArray = (v) => typedArrayName(v) !== undefined;

const isNumberObject = (v) => typeof v === 'object' && v !== null && probe(Number.prototype.valueOf, v);
const isStringObject = (v) => typeof v === 'object' && v !== null && probe(String.prototype.valueOf, v);
const isBooleanObject = (v) => typeof v === 'object' && v !== null && probe(Boolean.prototype.valueOf, v);
const isBigIntObject = (v) => typeof v === 'object' && v !== null && typeof BigInt === 'function' &&
  probe(BigInt.prototype.valueOf, v);
const isSymbolObject = (v) => typeof v === 'object' && v !== null && probe(Symbol.prototype.valueOf, v);
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
  isBigIntObject(v) || isSymbolObject(v);

const objectToString = (v) => Object.prototype.toString.call(v);
// Without an engine hook, an Error is anything built by an Error constructor of this realm
// or tagged [object Error] without a custom toStringTag.
const isNativeError = (v) => v instanceof Error ||
  (typeof v === 'object' && v !== null && !(Symbol.toStringTag in v) && objectToString(v) === '[object Error]');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const { ownNonIndexKeys } = require('internal/util/own_keys');
const { compare: compareBytes } = require('buffer').Buffer;

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Buffer.compare: a memcmp in Java for big views.
function sameBytes(a, b) {
  return a.byteLength === b.byteLength && compareBytes(a, b) === 0;
}

// Loose mode compares float arrays element-wise with === (so 0 equals -0, NaN differs).
function sameFloatElements(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameBoxed(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  if (isStringObject(a)) return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  return false;
}

const kPlain = 0;
const kArray = 1;
const kSet = 2;
const kMap = 3;

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || !strict || Object.is(a, b);

  if (strict) {
    if (typeof a !== 'object') return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objectToString(a);
  if (tag !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = ownNonIndexKeys(a, true, strict);
    const keysB = ownNonIndexKeys(b, true, strict);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, strict, memos, kArray, keysA);
  } else if (tag === '[object Object]') {
    return keyCheck(a, b, strict, memos, kPlain);
  } else if (isDate(a)) {
    if (!isDate(b) || dateGetTime.call(a) !== dateGetTime.call(b)) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (isNativeError(a)) {
    if (!isNativeError(b) || a.message !== b.message || a.name !== b.name) return false;
  } else if (isArrayBufferView(a)) {
    const name = isTypedArray(a) ? typedArrayName(a) : undefined;
    if (!strict && (name === 'Float32Array' || name === 'Float64Array')) {
      if (!sameFloatElements(a, b)) return false;
    } else if (!isArrayBufferView(b) || !sameBytes(bytesOf(a), bytesOf(b))) {
      return false;
    }
    const keysA = ownNonIndexKeys(a, true, strict);
    const keysB = ownNonIndexKeys(b, true, strict);
    if (keysA.length !== keysB.length) return false;
    return keyCheck(a, b, strict, memos, kPlain, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kSet);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) ||
             isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isNativeError(b)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kPlain);
}

function countEnumerable(obj, keys) {
  let n = 0;
  for (const k of keys) if (isEnumerable(obj, k)) n++;
  return n;
}

function keyCheck(a, b, strict, memos, kind, keysA) {
  const ownKeysGiven = keysA !== undefined;
  if (!ownKeysGiven) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
  }
  for (const key of keysA) {
    if (!isEnumerable(b, key)) return false;
  }

  if (strict && !ownKeysGiven) {
    // Enumerable symbol keys count in strict mode.
    const symsA = Object.getOwnPropertySymbols(a);
    if (symsA.length !== 0) {
      let count = 0;
      for (const key of symsA) {
        if (isEnumerable(a, key)) {
          if (!isEnumerable(b, key)) return false;
          keysA.push(key);
          count++;
        } else if (isEnumerable(b, key)) {
          return false;
        }
      }
      const symsB = Object.getOwnPropertySymbols(b);
      if (symsA.length !== symsB.length && countEnumerable(b, symsB) !== count) return false;
    } else {
      const symsB = Object.getOwnPropertySymbols(b);
      if (symsB.length !== 0 && countEnumerable(b, symsB) !== 0) return false;
    }
  }

  if (keysA.length === 0 &&
      (kind === kPlain || (kind === kArray && a.length === 0) || a.size === 0)) {
    return true;
  }

  // Cycle detection: a pair already being compared further up the stack is assumed equal
  // (node 20 compares cyclic structures coinductively).
  if (memos === undefined) memos = new Map();
  let partners = memos.get(a);
  if (partners === undefined) {
    partners = new Set();
    memos.set(a, partners);
  } else if (partners.has(b)) {
    return true;
  }
  partners.add(b);
  const result = objEquiv(a, b, strict, keysA, memos, kind);
  partners.delete(b);
  if (partners.size === 0) memos.delete(a);
  return result;
}

function objEquiv(a, b, strict, keys, memos, kind) {
  if (kind === kSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (kind === kMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (kind === kArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: compare the remaining sparse keys by name.
        const keysA = Object.keys(a);
        for (const key of keysA) {
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  }
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

// For a primitive missing from the other collection in loose mode: which primitive could
// still be == to it? null/undefined -> check the other one; true/false -> decided here.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined; // null
    case 'symbol': return false;
    case 'string': prim = +prim;
    // falls through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const inB = b.get(alt);
  if ((inB === undefined && !b.has(alt)) || !innerDeepEqual(item, inB, false, memos)) return false;
  return !a.has(alt) && innerDeepEqual(item, inB, false, memos);
}

function takeEqualElement(set, value, strict, memos) {
  for (const candidate of set) {
    if (innerDeepEqual(value, candidate, strict, memos)) {
      set.delete(candidate);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, strict, memos) {
  let pending = null;
  for (const val of a) {
    if (typeof val === 'object' && val !== null) {
      (pending ??= new Set()).add(val);
    } else if (!b.has(val)) {
      if (strict) return false;
      if (!setMightHaveLoosePrim(a, b, val)) return false;
      (pending ??= new Set()).add(val);
    }
  }
  if (pending === null) return true;
  for (const val of b) {
    if (typeof val === 'object' && val !== null) {
      if (!takeEqualElement(pending, val, strict, memos)) return false;
    } else if (!strict && !a.has(val) && !takeEqualElement(pending, val, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function takeEqualEntry(set, map, key, item, strict, memos) {
  for (const candidate of set) {
    if (innerDeepEqual(key, candidate, strict, memos) &&
        innerDeepEqual(item, map.get(candidate), strict, memos)) {
      set.delete(candidate);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, itemA] of a) {
    if (typeof key === 'object' && key !== null) {
      (pending ??= new Set()).add(key);
    } else {
      const itemB = b.get(key);
      if ((itemB === undefined && !b.has(key)) || !innerDeepEqual(itemA, itemB, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, itemA, memos)) return false;
        (pending ??= new Set()).add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const [key, itemB] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, itemB, strict, memos)) return false;
    } else if (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), itemB, false, memos)) &&
               !takeEqualEntry(pending, a, key, itemB, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  // Brand checks reused by assert.
  types: {
    isDate, isRegExp, isMap, isSet, isAnyArrayBuffer, isArrayBufferView, isTypedArray,
    isBoxedPrimitive, isNativeError, isNumberObject, isStringObject, isBooleanObject,
    isBigIntObject, isSymbolObject,
  },
};
