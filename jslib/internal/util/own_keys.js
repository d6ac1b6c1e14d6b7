'use strict';
// An object's own keys other than its array indices: what inspect prints and deep equality
// compares beside the elements of an array, a typed array or a Buffer (V8's SKIP_INDICES filter).

// A canonical array index: '0'..'4294967294' without leading zeros.
function isArrayIndexKey(key) {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  const n = Number(key) >>> 0;
  return n !== 4294967295 && `${n}` === key;
}

/** Own keys of obj that are not array indices; symbols only withSymbols, all or only enumerable ones. */
function ownNonIndexKeys(obj, onlyEnumerable, withSymbols) {
  const keys = Reflect.ownKeys(obj);
  // Index keys come first, in ascending order ([[OwnPropertyKeys]]), so when the one at length - 1
  // is the last index, the first `length` keys are all the indices (a dense array, a typed array)
  // and need no look: checking each one took seconds for a buffer of a megabyte.
  const n = obj.length;
  const out = [];
  for (let i = n > 0 && keys[n - 1] === `${n - 1}` ? n : 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === 'symbol' ? !withSymbols : isArrayIndexKey(key)) continue;
    if (onlyEnumerable && !Object.prototype.propertyIsEnumerable.call(obj, key)) continue;
    out.push(key);
  }
  return out;
}

module.exports = { ownNonIndexKeys };
