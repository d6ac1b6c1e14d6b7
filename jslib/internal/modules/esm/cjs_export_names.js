'use strict';
// The named exports an ES module may import from a CommonJS module, found the way node's
// cjs-module-lexer finds them: by reading the source, not by running it. Covered:
//   exports.x = / module.exports.x = / exports['x'] =
//   Object.defineProperty(exports, 'x', ...)
//   module.exports = { a, b: c, 'd': e, ...require('./y') }   (stops at the first other value)
//   module.exports = require('./y'), __exportStar(require('./y')), __export(require('./y'))
//   (re-exports: the names of ./y, found the same way)
// Anything computed (exports[name] = ..., Object.assign(module.exports, ...)) is not found,
// as in node; such values stay reachable through the default export (module.exports).

const ID = /^[A-Za-z_$][\w$]*/;

/** `code` with its comments blanked out, strings and regexps left as they are. */
function stripComments(code) {
  let out = '';
  let i = 0;
  let last = 0;
  const n = code.length;
  while (i < n) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      i++;
      while (i < n && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && code[i + 1] === '/') {
      out += code.slice(last, i);
      while (i < n && code[i] !== '\n') i++;
      last = i;
    } else if (c === '/' && code[i + 1] === '*') {
      out += code.slice(last, i);
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      out += ' ';
      last = i;
    } else {
      i++;
    }
  }
  return out + code.slice(last);
}

const patterns = [
  /(?<![\w$.])(?:module\s*\.\s*)?exports\s*\.\s*([A-Za-z_$][\w$]*)\s*=(?!=)/g,
  /(?<![\w$.])(?:module\s*\.\s*)?exports\s*\[\s*(['"])([^'"\n]+)\1\s*\]\s*=(?!=)/g,
  /Object\.defineProperty\(\s*(?:module\s*\.\s*)?exports\s*,\s*(['"])([^'"\n]+)\1/g,
];
const reexportPatterns = [
  /(?<![\w$.])module\s*\.\s*exports\s*=\s*require\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  /__exportStar\(\s*require\(\s*(['"])([^'"\n]+)\1\s*\)/g,
  /(?<![\w$.])__export\(\s*require\(\s*(['"])([^'"\n]+)\1\s*\)/g,
];
const objectAssign = /(?<![\w$.])module\s*\.\s*exports\s*=\s*\{/g;

/** { names, reexports } of a CommonJS source. */
function parse(source) {
  const code = stripComments(source);
  const names = new Set();
  const reexports = [];
  for (const re of patterns) {
    for (const m of code.matchAll(re)) names.add(m[m.length - 1]);
  }
  for (const re of reexportPatterns) {
    for (const m of code.matchAll(re)) reexports.push(m[2]);
  }
  for (const m of code.matchAll(objectAssign)) readObjectLiteral(code, m.index + m[0].length, names, reexports);
  return { names, reexports };
}

// `{ a, b: c, 'd': e, ...require('x') }`: the keys up to the first entry of another shape.
function readObjectLiteral(code, i, names, reexports) {
  const skip = () => { while (/\s/.test(code[i] ?? '')) i++; };
  for (;;) {
    skip();
    if (code[i] === '}') return;
    if (code.startsWith('...', i)) {
      const m = /^\.\.\.\s*require\(\s*(['"])([^'"\n]+)\1\s*\)/.exec(code.slice(i));
      if (!m) return;
      reexports.push(m[2]);
      i += m[0].length;
    } else {
      let key;
      const q = code[i];
      if (q === '"' || q === "'") {
        const end = code.indexOf(q, i + 1);
        if (end === -1) return;
        key = code.slice(i + 1, end);
        i = end + 1;
      } else {
        const m = ID.exec(code.slice(i, i + 256));
        if (!m) return;
        key = m[0];
        i += key.length;
      }
      skip();
      if (code[i] === ':') {
        i++;
        skip();
        const v = ID.exec(code.slice(i, i + 256));
        if (!v) return;
        i += v[0].length;
        skip();
      } else if (q === '"' || q === "'") {
        return;
      }
      if (code[i] !== ',' && code[i] !== '}') return;
      names.add(key);
    }
    skip();
    if (code[i] === ',') i++;
    else return;
  }
}

/**
 * The export names of the CommonJS file `filename` and of the files it re-exports;
 * resolve(specifier, fromFile) gives a re-exported file's path, or null when it is no file.
 */
function exportNames(filename, readSource, resolve, seen = new Set()) {
  if (seen.has(filename)) return new Set();
  seen.add(filename);
  const { names, reexports } = parse(readSource(filename));
  for (const specifier of reexports) {
    let target;
    try {
      target = resolve(specifier, filename);
    } catch {
      continue;
    }
    if (target == null || !/\.c?js$/.test(target)) continue;
    for (const name of exportNames(target, readSource, resolve, seen)) names.add(name);
  }
  names.delete('default');
  return names;
}

module.exports = { exportNames };
