'use strict';
// The `path` module: node's exact posix behaviour (this runtime targets POSIX hosts, so
// `path` is path.posix). path.win32 is a placeholder for now.

const { validateObject, validateString } = require('internal/validators');

// Resolves '.' and '..' segments and squeezes repeated slashes; '..' above the start is kept
// only when allowAboveRoot.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  let sawAbove = 0;
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > sawAbove) {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
        sawAbove++;
      }
      continue;
    }
    out.push(segment);
  }
  return out.join('/');
}

function cwd() {
  return process.cwd();
}

// Index where the last segment starts and where it ends (trailing slashes excluded).
function lastSegment(path) {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  const start = path.lastIndexOf('/', end - 1) + 1;
  return [start, end];
}

// Position of the extension's dot inside `base`, or -1.
function extDot(base) {
  if (base === '..') return -1;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? -1 : dot;
}

// Scans back from the end, matching `suffix` against the tail of the last segment. Node's
// quirks are kept: a suffix equal to the whole segment is not removed, and a partial match
// running into the start or a slash yields the path's tail including trailing slashes.
function basenameWithSuffix(path, suffix) {
  let start = 0;
  let end = -1;
  let k = suffix.length - 1;
  let firstNonSlashEnd = -1;
  for (let i = path.length - 1; i >= 0; --i) {
    if (path[i] === '/') {
      if (firstNonSlashEnd !== -1) {
        start = i + 1;
        break;
      }
    } else {
      if (firstNonSlashEnd === -1) firstNonSlashEnd = i + 1;
      if (k >= 0) {
        if (path[i] === suffix[k]) {
          if (--k === -1) end = i;
        } else {
          k = -1;
          end = firstNonSlashEnd;
        }
      }
    }
  }
  if (start === end) end = firstNonSlashEnd;
  else if (end === -1) end = path.length;
  return path.slice(start, end);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function formatPath(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path[0] === '/';
    }
    resolved = normalizeSegments(resolved, !absolute);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path[0] === '/';
    const trailingSeparator = path[path.length - 1] === '/';
    path = normalizeSegments(path, !isAbsolute);
    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return isAbsolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length && fromParts[common] === toParts[common]) common++;
    const up = fromParts.slice(common).map(() => '..');
    return up.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path[0] === '/';
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path[i] === '/') {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      return basenameWithSuffix(path, suffix);
    }
    const [start, end] = lastSegment(path);
    return path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    const [start, end] = lastSegment(path);
    const base = path.slice(start, end);
    const dot = extDot(base);
    return dot === -1 ? '' : base.slice(dot);
  },

  format: formatPath.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path[0] === '/';
    if (isAbsolute) ret.root = '/';
    const [start, end] = lastSegment(path);
    const base = path.slice(start, end);
    if (end > 0 && !(isAbsolute && end === 1)) {
      ret.base = base;
      const dot = extDot(base);
      if (dot === -1) {
        ret.name = base;
      } else {
        ret.name = base.slice(0, dot);
        ret.ext = base.slice(dot);
      }
    }
    if (start > 0) {
      ret.dir = path.slice(0, start - 1);
      if (ret.dir === '' && isAbsolute) ret.dir = '/';
    } else if (isAbsolute) {
      ret.dir = '/';
    }
    return ret;
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

posix._makeLong = posix.toNamespacedPath;
posix.posix = posix;

// path.win32 is not implemented yet: its functions throw ERR_METHOD_NOT_IMPLEMENTED, its
// constants are right, so inspecting or spreading `path` still works.
const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const win32 = { sep: '\\', delimiter: ';', win32: null, posix };
for (const name of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname',
  'basename', 'extname', 'format', 'parse']) {
  win32[name] = function() {
    throw new ERR_METHOD_NOT_IMPLEMENTED(`path.win32.${name}()`);
  };
}
win32._makeLong = win32.toNamespacedPath;
win32.win32 = win32;
posix.win32 = win32;

module.exports = posix;
