'use strict';
// path.win32: Windows path rules on any host, as node applies them. Both '\' and '/' separate;
// a path may start with a drive ("C:", absolute with a separator after it) or a UNC share
// ("\\server\share"); results use '\'. Drives and segments compare case-insensitively. On a
// POSIX host the working directory that resolve() starts from is process.cwd(), a '/' path.

const { validateString } = require('internal/validators');
const { normalizeSegments, lastSegment, extDot, basenameWithSuffix, formatPath } = require('internal/path/common');

const isSep = (c) => c === '\\' || c === '/';
const isDriveLetter = (c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
const hasDrive = (path) => path.length >= 2 && path[1] === ':' && isDriveLetter(path[0]);
const SEPS = '\\/';
const SPLITTER = /[\\/]/;
const normalizeTail = (tail, allowAboveRoot) => normalizeSegments(tail, allowAboveRoot, SPLITTER, '\\');

function skipWhile(path, i, pred) {
  while (i < path.length && pred(path[i])) i++;
  return i;
}

/**
 * The root of a path: { device, rootEnd, absolute, unc }. device is "C:" or "\\server\share"
 * (separators as written turned into '\'), or ''; rootEnd is where the rest starts (after a
 * drive's separator, at a share's). A leading separator that starts no complete UNC root is a
 * root of its own (rootEnd 1). With `namespaces`, a "\\?\" or "\\.\" prefix is a device of its
 * own, as normalize() and resolve() take it (node 20.20's hardening of device paths).
 */
function parseRoot(path, namespaces = false) {
  const root = { device: '', rootEnd: 0, absolute: false, unc: false };
  if (path.length === 0) return root;
  if (namespaces && path.length > 4 && isSep(path[0]) && isSep(path[1]) && (path[2] === '?' || path[2] === '.') &&
      isSep(path[3]) && skipWhile(path, 4, isSep) < path.length) {
    return { device: `\\\\${path[2]}\\`, rootEnd: 4, absolute: true, unc: false };
  }
  if (isSep(path[0])) {
    root.absolute = true;
    root.rootEnd = 1;
    if (path.length > 2 && isSep(path[1])) {
      const serverEnd = skipWhile(path, 2, (c) => !isSep(c));
      const shareStart = skipWhile(path, serverEnd, isSep);
      if (serverEnd > 2 && serverEnd < path.length && shareStart > serverEnd && shareStart < path.length) {
        const shareEnd = skipWhile(path, shareStart, (c) => !isSep(c));
        root.device = `\\\\${path.slice(2, serverEnd)}\\${path.slice(shareStart, shareEnd)}`;
        root.rootEnd = shareEnd;
        root.unc = true;
      }
    }
  } else if (hasDrive(path)) {
    root.device = path.slice(0, 2);
    root.rootEnd = 2;
    if (path.length > 2 && isSep(path[2])) {
      root.absolute = true;
      root.rootEnd = 3;
    }
  }
  return root;
}

// device + tail; an absolute path has a separator between them unless the device ends in one.
function compose(device, absolute, tail) {
  if (!absolute || device.endsWith('\\')) return `${device}${tail}`;
  return `${device}\\${tail}`;
}

// Windows' reserved device names: "CON:" names a device, not a file, wherever it appears.
const RESERVED = 'con|prn|aux|nul|com[1-9]|lpt[1-9]';
const RESERVED_DEVICE = new RegExp(`^(?:${RESERVED}):`, 'i');
const RESERVED_NAME = new RegExp(`^(?:${RESERVED})$`, 'i');

// A relative result that starts like a drive ("C:"), or comes from a path with a segment that
// ends in ':' (a drive once joined onto something), gets a leading ".\" (node 20.20's hardening);
// so does one whose path up to its first ':' names a reserved device, or, without a ':', whose
// path less its last character does (that takes in "CON\" but also "cona": node's rule, as it
// behaves).
function guardRelative(path, result) {
  const colon = path.indexOf(':');
  const risky = hasDrive(result) || path.split(SPLITTER).some((segment) => segment.endsWith(':')) ||
    RESERVED_NAME.test(colon === -1 ? path.slice(0, -1) : path.slice(0, colon));
  return risky ? `.\\${result}` : result;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        // A drive-relative path resolves against that drive's working directory: Windows keeps
        // it in the "=C:" variable; failing that the cwd, unless that is on another drive.
        path = process.env[`=${device}`] || process.cwd();
        if (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path[2] === '\\') path = `${device}\\`;
      }
      const root = parseRoot(path, true);
      if (root.device.length > 0) {
        if (device.length === 0) device = root.device;
        else if (root.device.toLowerCase() !== device.toLowerCase()) continue; // another drive
      }
      if (!absolute) {
        tail = `${path.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
      }
      if (absolute && device.length > 0) break;
    }
    tail = normalizeTail(tail, !absolute);
    return compose(device, absolute, tail) || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    if (path.length === 1) return isSep(path) ? '\\' : path;
    let { device, rootEnd, absolute } = parseRoot(path, true);
    const reserved = device === '' && !absolute ? RESERVED_DEVICE.exec(path) : null;
    if (reserved !== null) {
      // "CON:x" is device CON and x on it, like a drive-relative path; then guarded as relative.
      device = reserved[0];
      rootEnd = device.length;
    }
    let tail = rootEnd < path.length ? normalizeTail(path.slice(rootEnd), !absolute) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isSep(path[path.length - 1])) tail += '\\';
    if (reserved !== null) return `.\\${device}${tail}`;
    const result = compose(device, absolute, tail);
    return device === '' && !absolute ? guardRelative(path, result) : result;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    if (path.length === 0) return false;
    return isSep(path[0]) || (path.length > 2 && hasDrive(path) && isSep(path[2]));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length === 0) continue;
      if (joined === undefined) joined = first = arg;
      else joined += `\\${arg}`;
    }
    if (joined === undefined) return '.';
    // Joining must not make a UNC root out of parts that were not one: leading separators
    // collapse to one unless the first part starts with exactly two and a server name.
    const leading = skipWhile(first, 0, isSep);
    const uncStart = leading === 2 && first.length > 2;
    if (!uncStart) {
      const all = skipWhile(joined, 0, isSep);
      if (all >= 2) joined = `\\${joined.slice(all)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const toPath = win32.resolve(to);
    const fromLower = win32.resolve(from).toLowerCase();
    const toLower = toPath.toLowerCase();
    if (fromLower === toLower) return '';
    // Node compares the resolved paths as text, without their leading and trailing separators,
    // case-insensitively, and goes up from the last separator they share.
    const trim = (p) => {
      let start = 0;
      while (start < p.length && p[start] === '\\') start++;
      let end = p.length;
      while (end - 1 > start && p[end - 1] === '\\') end--;
      return [start, end];
    };
    const [fromStart, fromEnd] = trim(fromLower);
    const [toStart, toEnd] = trim(toLower);
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const shorter = Math.min(fromLen, toLen);
    let same = 0;
    let lastSep = -1;
    while (same < shorter && fromLower[fromStart + same] === toLower[toStart + same]) {
      if (fromLower[fromStart + same] === '\\') lastSep = same;
      same++;
    }
    if (same < shorter) {
      if (lastSep === -1) return toPath; // nothing in common (another drive or share)
    } else {
      // One is a prefix of the other: a whole segment (or a drive, "c:") of it, or not.
      if (toLen > shorter) {
        if (toLower[toStart + same] === '\\') return toPath.slice(toStart + same + 1);
        if (same === 2) return toPath.slice(toStart + same);
      }
      if (fromLen > shorter) {
        if (fromLower[fromStart + same] === '\\') lastSep = same;
        else if (same === 2) lastSep = 3;
      }
      if (lastSep === -1) lastSep = 0;
    }
    // One '..' for each segment of `from` past the shared part, then the rest of `to`.
    let ups = '';
    for (let i = fromStart + lastSep + 1; i <= fromEnd; i++) {
      if (i === fromEnd || fromLower[i] === '\\') ups += ups.length === 0 ? '..' : '\\..';
    }
    let rest = toStart + lastSep;
    if (ups.length > 0) return `${ups}${toPath.slice(rest, toEnd)}`;
    if (toPath[rest] === '\\') rest++;
    return toPath.slice(rest, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved[0] === '\\' && resolved[1] === '\\') {
      // A UNC path, unless it is a namespaced one already (\\?\ or \\.\).
      if (resolved[2] !== '?' && resolved[2] !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
    } else if (hasDrive(resolved) && resolved[2] === '\\') {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    if (path.length === 1) return isSep(path) ? path : '.';
    const root = parseRoot(path);
    if (root.unc && root.rootEnd === path.length) return path; // a share and nothing more
    const rootEnd = root.unc ? root.rootEnd + 1 : root.rootEnd;
    let end = path.length;
    while (end > rootEnd && isSep(path[end - 1])) end--;
    while (end > rootEnd && !isSep(path[end - 1])) end--;
    if (end <= rootEnd) return rootEnd === 0 ? '.' : path.slice(0, rootEnd);
    // end is just past the separator before the last segment: that one goes, any before it stay.
    return path.slice(0, end - 1);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const from = hasDrive(path) ? 2 : 0;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      return basenameWithSuffix(path, suffix, isSep, from);
    }
    const [start, end] = lastSegment(path, SEPS, from);
    return path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    const [start, end] = lastSegment(path, SEPS, hasDrive(path) ? 2 : 0);
    const base = path.slice(start, end);
    const dot = extDot(base);
    return dot === -1 ? '' : base.slice(dot);
  },

  format: formatPath.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const root = parseRoot(path);
    let rootEnd = root.rootEnd;
    if (root.unc && rootEnd < path.length) rootEnd++; // the separator after the share
    if (rootEnd === path.length) {
      ret.root = ret.dir = path;
      if (rootEnd === 0 || (!root.absolute && !root.device)) ret.root = ret.dir = '';
      if (ret.root === '') ret.base = ret.name = path;
      return ret;
    }
    ret.root = path.slice(0, rootEnd);
    const [start, end] = lastSegment(path, SEPS, rootEnd);
    if (end > start) {
      const base = path.slice(start, end);
      ret.base = base;
      const dot = extDot(base);
      ret.name = dot === -1 ? base : base.slice(0, dot);
      ret.ext = dot === -1 ? '' : base.slice(dot);
    }
    ret.dir = start > rootEnd ? path.slice(0, start - 1) : ret.root;
    return ret;
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

win32._makeLong = win32.toNamespacedPath;
win32.win32 = win32;

module.exports = win32;
