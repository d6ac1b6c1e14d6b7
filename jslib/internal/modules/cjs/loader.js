'use strict';
// Node's CommonJS loader (lib/internal/modules/cjs/loader.js): resolution, the cache, the
// wrapper, and the hooks tools patch (_load, _resolveFilename, _extensions, _compile).

const path = require('path');
const fsb = internalBinding('fs');
const natives = internalBinding('natives');
const { wrap, prefix, suffix } = require('internal/modules/cjs/wrapper');
const { builtinIds, canBeRequiredWithoutScheme, loadBuiltin } = require('internal/modules/builtins');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE },
} = require('internal/errors');
const { validateString } = require('internal/validators');

const statCache = new Map();
const packageJsonCache = new Map();

function stat(filename) {
  // 0: file, 1: directory, < 0: -errno
  return fsb.internalModuleStat(filename);
}

function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  if (packageJsonCache.has(jsonPath)) return packageJsonCache.get(jsonPath);
  const json = fsb.readFileUtf8(jsonPath);
  let result = false;
  if (typeof json === 'string') {
    try {
      const parsed = JSON.parse(json);
      result = {
        name: parsed.name, main: parsed.main, exports: parsed.exports, imports: parsed.imports,
        type: parsed.type, path: jsonPath,
      };
    } catch (e) {
      e.path = jsonPath;
      e.message = 'Error parsing ' + jsonPath + ': ' + e.message;
      throw e;
    }
  }
  packageJsonCache.set(jsonPath, result);
  return result;
}

function readPackageScope(checkPath) {
  let sep = checkPath.lastIndexOf('/');
  while (sep > 0) {
    checkPath = checkPath.slice(0, sep);
    if (checkPath.endsWith('/node_modules')) return false;
    const data = readPackage(checkPath);
    if (data) return { data, path: checkPath };
    sep = checkPath.lastIndexOf('/');
  }
  return false;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
// node lists the ones that load without the node: scheme (not node:test).
Module.builtinModules = builtinIds.filter(canBeRequiredWithoutScheme);
Module.isBuiltin = (id) => canBeRequiredWithoutScheme(id) || (id.startsWith('node:') && builtinIds.includes(id.slice(5)));
Module.wrap = (script) => prefix + script + suffix;
Module.wrapper = [prefix, suffix];
Module.Module = Module;

Module._initPaths = function() {
  const home = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  if (nodePath) paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  Module.globalPaths = paths.slice();
};

Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(parts.slice(0, i).join('/') + '/node_modules');
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function(request, parent) {
  if (Module.isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = parent?.paths?.length ? parent.paths.concat(Module.globalPaths) : Module.globalPaths;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath) {
  if (stat(requestPath) !== 0) return false;
  return toRealPath(requestPath);
}

function toRealPath(requestPath) {
  const real = fsb.realpath(requestPath);
  return typeof real === 'string' ? real : requestPath;
}

function tryExtensions(basePath, exts) {
  for (const ext of exts) {
    const filename = tryFile(basePath + ext);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
  }
  return actual;
}

function resolveBareExports(nmPath, request) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!m) return undefined;
  const pkgPath = path.resolve(nmPath, m[1]);
  const pkg = readPackage(pkgPath);
  if (pkg && pkg.exports != null) {
    // Loaded only for a package that has an "exports" field.
    return require('internal/modules/cjs/exports').resolveExports(pkgPath, '.' + (m[2] || ''), pkg.exports);
  }
  return undefined;
}

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  const exts = Object.keys(Module._extensions);
  const trailingSlash = request.length > 0 && (request.endsWith('/') ||
    request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
  const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';

  for (const curPath of paths) {
    if (curPath && stat(curPath) < 1 && !curPath.startsWith('.')) continue;
    if (!absoluteRequest && !isRelative) {
      const exported = resolveBareExports(curPath, request);
      if (exported) return exported;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function(request, parent, isMain, options) {
  if (Module.isBuiltin(request)) return request;
  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    const isRelative = request.startsWith('./') || request.startsWith('../');
    if (isRelative) {
      paths = options.paths;
    } else {
      const fake = new Module('', null);
      paths = [];
      for (const p of options.paths) {
        fake.paths = Module._nodeModulePaths(p);
        for (const lp of Module._resolveLookupPaths(request, fake) || []) {
          if (!paths.includes(lp)) paths.push(lp);
        }
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!builtinIds.includes(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(id);
  }
  if (request.startsWith('host:')) {
    const hostModule = require('internal/embedding').hostModule(request.slice(5));
    if (hostModule !== undefined) return hostModule;
  }
  // node's --expose-internals: tests reach internal modules (internal/dgram's kStateSymbol...).
  if (request.startsWith('internal/') && process.execArgv.includes('--expose-internals')) {
    return loadBuiltin(request);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (canBeRequiredWithoutScheme(filename)) return loadBuiltin(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

Module.prototype._compile = function(content, filename) {
  const compiled = natives.compile(wrap(content), filename);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  return Reflect.apply(compiled, this.exports, [this.exports, require, this, filename, dirname]);
};

function readSource(filename) {
  const content = fsb.readFileUtf8(filename);
  if (typeof content === 'number') {
    throw require('internal/errors').uvException({ errno: content, syscall: 'open', path: filename });
  }
  return content;
}

// An ES module (.mjs, or .js where "type" is "module") is run now and gives its namespace, as
// require() of ESM does since node 20.19.
Module._extensions['.js'] = function(module, filename) {
  if (isModuleFile(filename)) {
    module.exports = require('internal/modules/esm/loader').requireModule(filename, module.parent?.filename);
    return;
  }
  module._compile(readSource(filename), filename);
};

function isModuleFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (!filename.endsWith('.js')) return false;
  const pkg = readPackageScope(filename);
  return Boolean(pkg && pkg.data.type === 'module');
}

Module._extensions['.json'] = function(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`${filename}: native addons are not supported by jnode`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  resolve.paths = function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  };
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = require('url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filename = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filename.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function(main = process.argv[1]) {
  const filename = Module._resolveFilename(main, null, true);
  if (isModuleFile(filename)) require('internal/modules/esm/loader').runMain(filename);
  else Module._load(main, null, true);
};

Module.syncBuiltinESMExports = function() {};
Module.findSourceMap = function() { return undefined; };
Module.register = function() {};

module.exports = { Module, makeRequireFunction, readPackage, readPackageScope, readSource };
