'use strict';
// The `path` module: node's exact posix behaviour (this runtime targets POSIX hosts, so
// `path` is path.posix); path.win32 is internal/path/win32.

const { validateString } = require('internal/validators');

const { normalizeSegments: normalizeWith, lastSegment: lastSegmentWith, extDot, basenameWithSuffix,
  formatPath } = require('internal/path/common');

const isSep = (c) => c === '/';
const normalizeSegments = (path, allowAboveRoot) => normalizeWith(path, allowAboveRoot, '/', '/');
const lastSegment = (path) => lastSegmentWith(path, '/');

function cwd() {
  return process.cwd();
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
      return basenameWithSuffix(path, suffix, isSep);
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

const win32 = require('internal/path/win32');
win32.posix = posix;
posix.win32 = win32;

module.exports = posix;
