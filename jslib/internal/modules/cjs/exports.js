'use strict';
// package.json "exports" for require(): Node's PACKAGE_EXPORTS_RESOLVE with the conditions
// require, node, node-addons and default.

const path = require('path');
const { codes: { ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_PACKAGE_TARGET } } = require('internal/errors');

const conditions = new Set(['require', 'node', 'node-addons', 'default']);

function isConditionalSugar(exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  return keys.length === 0 || !keys[0].startsWith('.');
}

function resolveTarget(pkgPath, target, patternMatch) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) throw new ERR_INVALID_PACKAGE_TARGET(JSON.stringify(target));
    const resolved = patternMatch === undefined ? target : target.split('*').join(patternMatch);
    return path.resolve(pkgPath, resolved);
  }
  if (Array.isArray(target)) {
    for (const t of target) {
      try {
        const r = resolveTarget(pkgPath, t, patternMatch);
        if (r !== undefined) return r;
      } catch (e) {
        if (e.code !== 'ERR_INVALID_PACKAGE_TARGET') throw e;
      }
    }
    return undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (conditions.has(key)) {
        const r = resolveTarget(pkgPath, target[key], patternMatch);
        if (r !== undefined) return r;
      }
    }
    return undefined;
  }
  return undefined;
}

/** Resolves `subpath` ('.' or './x') of the package at pkgPath, or throws node's error. */
function resolveExports(pkgPath, subpath, exports) {
  if (isConditionalSugar(exports)) exports = { '.': exports };
  let resolved;
  if (Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes('*')) {
    resolved = resolveTarget(pkgPath, exports[subpath]);
  } else {
    let bestKey = '';
    let match;
    for (const key of Object.keys(exports)) {
      const star = key.indexOf('*');
      if (star === -1) continue;
      const base = key.slice(0, star);
      const trailer = key.slice(star + 1);
      if (subpath.startsWith(base) && subpath !== base &&
          (trailer.length === 0 || (subpath.endsWith(trailer) && subpath.length >= key.length)) &&
          key.length > bestKey.length) {
        bestKey = key;
        match = subpath.slice(base.length, subpath.length - trailer.length);
      }
    }
    if (bestKey) resolved = resolveTarget(pkgPath, exports[bestKey], match);
  }
  if (resolved === undefined) {
    throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgPath + '/', subpath);
  }

  return resolved;
}

module.exports = { resolveExports };
