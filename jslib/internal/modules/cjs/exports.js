'use strict';
// package.json "exports" and "imports": Node's PACKAGE_EXPORTS_RESOLVE and
// PACKAGE_IMPORTS_RESOLVE, for require() (conditions require/node/node-addons/default) and for
// import (import/node/node-addons/default).

const path = require('path');
const {
  codes: { ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_PACKAGE_TARGET, ERR_PACKAGE_IMPORT_NOT_DEFINED },
} = require('internal/errors');

const requireConditions = new Set(['require', 'node', 'node-addons', 'default']);
const importConditions = new Set(['import', 'node', 'node-addons', 'default']);

function isConditionalSugar(exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.keys(exports);
  return keys.length === 0 || !keys[0].startsWith('.');
}

// A target that is not "./..." is a package name, allowed only in "imports" (resolveBare).
function resolveTarget(pkgPath, target, patternMatch, conditions, resolveBare) {
  if (typeof target === 'string') {
    const resolved = patternMatch === undefined ? target : target.split('*').join(patternMatch);
    if (!target.startsWith('./')) {
      if (resolveBare && !target.startsWith('../') && !target.startsWith('/')) return resolveBare(resolved);
      throw new ERR_INVALID_PACKAGE_TARGET(JSON.stringify(target));
    }
    return path.resolve(pkgPath, resolved);
  }
  if (Array.isArray(target)) {
    for (const t of target) {
      try {
        const r = resolveTarget(pkgPath, t, patternMatch, conditions, resolveBare);
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
        const r = resolveTarget(pkgPath, target[key], patternMatch, conditions, resolveBare);
        if (r !== undefined) return r;
      }
    }
    return undefined;
  }
  return undefined;
}

// The entry of `map` for `key`: an exact key, else the longest "*" pattern that matches.
function resolveMap(pkgPath, key, map, conditions, resolveBare) {
  if (Object.prototype.hasOwnProperty.call(map, key) && !key.includes('*')) {
    return resolveTarget(pkgPath, map[key], undefined, conditions, resolveBare);
  }
  let bestKey = '';
  let match;
  for (const candidate of Object.keys(map)) {
    const star = candidate.indexOf('*');
    if (star === -1) continue;
    const base = candidate.slice(0, star);
    const trailer = candidate.slice(star + 1);
    if (key.startsWith(base) && key !== base &&
        (trailer.length === 0 || (key.endsWith(trailer) && key.length >= candidate.length)) &&
        candidate.length > bestKey.length) {
      bestKey = candidate;
      match = key.slice(base.length, key.length - trailer.length);
    }
  }
  return bestKey ? resolveTarget(pkgPath, map[bestKey], match, conditions, resolveBare) : undefined;
}

/**
 * Resolves `subpath` ('.' or './x') of the package at pkgPath, or throws node's error; `base`
 * names the importer in import's messages.
 */
function resolveExports(pkgPath, subpath, exports, conditions = requireConditions, base = undefined) {
  if (isConditionalSugar(exports)) exports = { '.': exports };
  const resolved = resolveMap(pkgPath, subpath, exports, conditions);
  if (resolved === undefined) throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgPath + '/', subpath, base);
  return resolved;
}

/**
 * Resolves a "#name" specifier through the "imports" of the package at pkgPath (null: no
 * package.json); resolveBare(specifier) resolves a target that names another package.
 */
function resolveImports(pkgPath, specifier, imports, conditions, base, resolveBare) {
  const resolved = imports != null && typeof imports === 'object' ?
    resolveMap(pkgPath, specifier, imports, conditions, resolveBare) : undefined;
  if (resolved === undefined) {
    throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, pkgPath == null ? undefined : pkgPath + '/', base);
  }
  return resolved;
}

module.exports = { resolveExports, resolveImports, requireConditions, importConditions };
