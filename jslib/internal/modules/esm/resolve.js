'use strict';
// Node's ESM resolver (ESM_RESOLVE and ESM_FILE_FORMAT in node's docs/api/esm.md): an import
// specifier and the importing file become a built-in id or a file and its format.

const path = require('path');
const fsb = internalBinding('fs');
const { fileURLToPath, pathToFileURL } = require('internal/url');
const { canBeRequiredWithoutScheme, builtinIds } = require('internal/modules/builtins');
const { readPackage, readPackageScope } = require('internal/modules/cjs/loader');
const { resolveExports, resolveImports, importConditions } = require('internal/modules/cjs/exports');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER, ERR_MODULE_NOT_FOUND, ERR_UNSUPPORTED_DIR_IMPORT,
    ERR_UNKNOWN_BUILTIN_MODULE, ERR_UNSUPPORTED_ESM_URL_SCHEME, ERR_UNKNOWN_FILE_EXTENSION,
  },
} = require('internal/errors');

// 0: file, 1: directory, < 0: -errno
const stat = (p) => fsb.internalModuleStat(p);

/**
 * { builtin: id } or { filename, format } for `specifier` imported from the file `parent`
 * (null: the working directory, as for -e code).
 */
function resolve(specifier, parent) {
  const base = parent ?? path.join(process.cwd(), '[eval]');
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!builtinIds.includes(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return { builtin: id };
  }
  let filename;
  if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    filename = fileURLToPath(new URL(specifier, pathToFileURL(base)));
    if (specifier.endsWith('/')) filename += '/';
  } else if (specifier.startsWith('#')) {
    filename = packageImportsResolve(specifier, base);
  } else if (/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier)) {
    const url = new URL(specifier);
    if (url.protocol !== 'file:') throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(url, ['file', 'data', 'node']);
    filename = fileURLToPath(url);
  } else if (canBeRequiredWithoutScheme(specifier)) {
    return { builtin: specifier };
  } else {
    filename = packageResolve(specifier, base);
  }
  filename = finalize(filename, base);
  return { filename, format: fileFormat(filename) };
}

// A directory or a missing file is node's error; else the real path.
function finalize(filename, base) {
  const rc = filename.endsWith('/') ? 1 : stat(filename);
  if (rc === 1) throw new ERR_UNSUPPORTED_DIR_IMPORT(filename.replace(/\/$/, ''), base);
  if (rc !== 0) throw new ERR_MODULE_NOT_FOUND(filename, base, 'module');
  const real = fsb.realpath(filename);
  return typeof real === 'string' ? real : filename;
}

function packageImportsResolve(specifier, base) {
  if (specifier === '#' || specifier.startsWith('#/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid internal imports specifier name', base);
  }
  const scope = readPackageScope(base);
  return resolveImports(scope ? scope.path : null, specifier, scope ? scope.data.imports : undefined,
                        importConditions, base, (target) => packageResolve(target, base));
}

function packageResolve(specifier, base) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(specifier);
  if (!m || (specifier.startsWith('@') && !specifier.includes('/'))) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  const name = m[1];
  const subpath = '.' + (m[2] || '');
  // A package may import itself by its name, through its own "exports".
  const scope = readPackageScope(base);
  if (scope && scope.data.name === name && scope.data.exports != null) {
    return resolveExports(scope.path, subpath, scope.data.exports, importConditions, base);
  }
  let dir = path.dirname(base);
  for (;;) {
    const pkgPath = path.join(dir, 'node_modules', name);
    if (path.basename(dir) !== 'node_modules' && stat(pkgPath) === 1) {
      const pkg = readPackage(pkgPath);
      if (pkg && pkg.exports != null) return resolveExports(pkgPath, subpath, pkg.exports, importConditions, base);
      if (subpath === '.') return legacyMain(pkgPath, pkg, base);
      return path.resolve(pkgPath, subpath);
    }
    const parentDir = path.dirname(dir);
    if (parentDir === dir) break;
    dir = parentDir;
  }
  throw new ERR_MODULE_NOT_FOUND(name, base);
}

const mainSuffixes = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];

function legacyMain(pkgPath, pkg, base) {
  if (pkg && typeof pkg.main === 'string') {
    for (const suffix of mainSuffixes) {
      const candidate = path.resolve(pkgPath, pkg.main) + suffix;
      if (stat(candidate) === 0) return candidate;
    }
  }
  for (const index of ['index.js', 'index.json', 'index.node']) {
    const candidate = path.join(pkgPath, index);
    if (stat(candidate) === 0) return candidate;
  }
  throw new ERR_MODULE_NOT_FOUND(pkgPath + '/', base);
}

/** 'module', 'commonjs', 'json' or 'builtin'-less formats of a file, as node's ESM_FILE_FORMAT. */
function fileFormat(filename) {
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.js' || ext === '') {
    const scope = readPackageScope(filename);
    return scope && scope.data.type === 'module' ? 'module' : 'commonjs';
  }
  if (ext === '.node') return 'addon';
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
}

module.exports = { resolve, fileFormat };
