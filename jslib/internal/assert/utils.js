'use strict';
// assert.ok()'s generated message quotes the failing call from the source file, as node does:
// find the caller's file/line/column in the stack, read the file and cut out the innermost
// call expression around that column.

const errorCache = new Map();

// Control characters other than \t \n \r are shown escaped.
// eslint-disable-next-line no-control-regex
const escapeSequencesRegExp = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
function escapeFn(ch) {
  const c = ch.charCodeAt(0);
  if (c === 8) return '\\b';
  if (c === 12) return '\\f';
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

// { file, line, column } (1-based) of the frame that called `fn`, or undefined.
function callerPosition(fn) {
  const holder = {};
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let frames;
  try {
    Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.captureStackTrace(holder, fn);
    frames = holder.stack;
  } catch {
    frames = undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (Array.isArray(frames) && frames.length > 0 && typeof frames[0].getFileName === 'function') {
    const site = frames[0];
    return { file: site.getFileName(), line: site.getLineNumber(), column: site.getColumnNumber() };
  }
  // Engines without structured call sites: parse the text stack.
  try {
    const text = {};
    Error.stackTraceLimit = 1;
    Error.captureStackTrace(text, fn);
    Error.stackTraceLimit = savedLimit;
    const m = /\n\s+at (?:.*\()?(.+):(\d+):(\d+)\)?\s*$/m.exec(String(text.stack));
    if (m) return { file: m[1], line: +m[2], column: +m[3] };
  } catch {
    Error.stackTraceLimit = savedLimit;
  }
  return undefined;
}

const kNotCallee = new Set(['if', 'while', 'for', 'switch', 'catch', 'return', 'typeof', 'void',
  'delete', 'in', 'of', 'instanceof', 'new', 'await', 'yield', 'function', 'do', 'else', 'case']);
const regexAfter = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-',
  '*', '%', '<', '>', '~', '^', '']);

function isIdentChar(ch) {
  return ch !== undefined && /[\w$\u0080-\uffff]/.test(ch);
}

// Start of the callee (a dotted/indexed member chain) ending just before `end`.
function calleeStart(code, end, matchOpen) {
  let i = end;
  while (i > 0 && /\s/.test(code[i - 1])) i--;
  const last = i;
  for (;;) {
    if (i > 0 && (code[i - 1] === ']' || code[i - 1] === ')')) {
      const open = matchOpen.get(i - 1);
      if (open === undefined) break;
      i = open;
    } else if (isIdentChar(code[i - 1])) {
      let j = i;
      while (j > 0 && isIdentChar(code[j - 1])) j--;
      const word = code.slice(j, i);
      if (/^\d/.test(word)) return -1;
      if (kNotCallee.has(word) && i === last) return -1;
      i = j;
    } else {
      break;
    }
    let k = i;
    while (k > 0 && /\s/.test(code[k - 1])) k--;
    if (code[k - 1] === '.') {
      k--;
      if (code[k - 1] === '?') k--;
      while (k > 0 && /\s/.test(code[k - 1])) k--;
      i = k;
      continue;
    }
    break;
  }
  return i === last ? -1 : i;
}

// Returns [start, text] of the innermost call expression containing `offset`, or undefined.
function findCall(code, offset) {
  const calls = [];
  const stack = [];
  const matchOpen = new Map();
  let prev = '';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '/' && code[i + 1] === '/') {
      const nl = code.indexOf('\n', i);
      if (nl === -1) break;
      i = nl;
      continue;
    }
    if (ch === '/' && code[i + 1] === '*') {
      const close = code.indexOf('*/', i + 2);
      if (close === -1) break;
      i = close + 1;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`' || (ch === '/' && regexAfter.has(prev))) {
      let j = i + 1;
      let inClass = false;
      while (j < code.length) {
        const c = code[j];
        if (c === '\\') { j += 2; continue; }
        if (ch === '/') {
          if (c === '[') inClass = true;
          else if (c === ']') inClass = false;
          else if (c === '/' && !inClass) break;
          else if (c === '\n') break;
        } else if (c === ch) {
          break;
        } else if (ch !== '`' && c === '\n') {
          break;
        }
        j++;
      }
      i = j;
      prev = 'x';
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (ch === '(' || ch === '[' || ch === '{') {
      stack.push(i);
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const open = stack.pop();
      if (open === undefined) break;
      matchOpen.set(i, open);
      if (ch === ')') {
        const start = calleeStart(code, open, matchOpen);
        if (start !== -1 && start <= offset && offset <= i) calls.push([start, i + 1]);
      }
      // Past the offset with every bracket closed: no enclosing call can follow.
      if (stack.length === 0 && i > offset && calls.length > 0) break;
    }
    prev = ch;
  }
  if (calls.length === 0) return undefined;
  // Innermost: the shortest span containing the offset.
  let best = calls[0];
  for (const c of calls) if (c[1] - c[0] < best[1] - best[0]) best = c;
  return [best[0], code.slice(best[0], best[1]).replace(escapeSequencesRegExp, escapeFn)];
}

function readSource(file) {
  let fs;
  try {
    fs = require('fs');
  } catch {
    return undefined;
  }
  let path = file;
  if (path.startsWith('file://')) {
    try {
      path = require('url').fileURLToPath(path);
    } catch {
      return undefined;
    }
  }
  try {
    return fs.readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

// The message of a failed assert.ok(value) without a message of its own, or `message`
// unchanged when the source cannot be found.
function getErrMessage(message, fn) {
  const pos = callerPosition(fn);
  if (pos === undefined || !pos.file || !pos.line) return message;
  const { file } = pos;
  const line = pos.line - 1;
  let column = (pos.column || 1) - 1;
  const identifier = `${file}${line}${column}`;
  if (errorCache.has(identifier)) return errorCache.get(identifier);
  if (file.startsWith('node:') || !(file.startsWith('/') || file.startsWith('file:') || /^[A-Za-z]:[\\/]/.test(file))) {
    errorCache.set(identifier, undefined);
    return undefined;
  }
  const source = readSource(file);
  if (source === undefined) return message;

  let lineStart = 0;
  for (let n = 0; n < line; n++) {
    const nl = source.indexOf('\n', lineStart);
    if (nl === -1) return message;
    lineStart = nl + 1;
  }
  let code = source.slice(lineStart, lineStart + column + 2600);
  if (code.startsWith('#!') && line === 0) code = code.replace(/^#!.*/, (m) => ' '.repeat(m.length));
  const found = findCall(code, column);
  if (found === undefined) {
    errorCache.set(identifier, undefined);
    return undefined;
  }
  [column, message] = found;
  if (message.includes('\n')) {
    if (message.includes('\r\n')) message = message.replace(/\r\n/g, '\n');
    const frames = message.split('\n');
    message = frames.shift();
    for (const frame of frames) {
      let p = 0;
      while (p < column && (frame[p] === ' ' || frame[p] === '\t')) p++;
      message += `\n  ${frame.slice(p)}`;
    }
  }
  message = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
  errorCache.set(identifier, message);
  return message;
}

module.exports = { getErrMessage };
