'use strict';
// What path.posix and path.win32 share: the segment rules, given each one's separators.
// `isSep` says whether a character is a separator; `splitter` splits a path at them.

const { validateObject } = require('internal/validators');

// Resolves '.' and '..' segments and squeezes repeated separators, joining with `sep`; '..'
// above the start is kept only when allowAboveRoot.
function normalizeSegments(path, allowAboveRoot, splitter, sep) {
  const out = [];
  let sawAbove = 0;
  for (const segment of path.split(splitter)) {
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
  return out.join(sep);
}

// Index where the last segment of path[from..] starts and where it ends (trailing separators
// excluded); `seps` holds the separator characters. lastIndexOf, not a loop over the characters:
// basename and extname are on the module loader's path.
function lastSegment(path, seps, from = 0) {
  let end = path.length;
  while (end > from && seps.includes(path[end - 1])) end--;
  let start = from;
  if (end > from) for (const sep of seps) start = Math.max(start, path.lastIndexOf(sep, end - 1) + 1);
  return [start, end];
}

// Position of the extension's dot inside `base`, or -1.
function extDot(base) {
  if (base === '..') return -1;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? -1 : dot;
}

// Scans back from the end to `from`, matching `suffix` against the tail of the last segment.
// Node's quirks are kept: a suffix equal to the whole segment is not removed, and a partial
// match running into the start or a separator yields the path's tail including trailing ones.
function basenameWithSuffix(path, suffix, isSep, from = 0) {
  let start = from;
  let end = -1;
  let k = suffix.length - 1;
  let firstNonSlashEnd = -1;
  for (let i = path.length - 1; i >= from; --i) {
    if (isSep(path[i])) {
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

module.exports = { normalizeSegments, lastSegment, extDot, basenameWithSuffix, formatPath };
