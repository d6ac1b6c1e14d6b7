'use strict';
// ES modules. The engine (GraalJS) parses, links and evaluates them; this file is what node's
// ESM loader adds: its resolver (esm/resolve.js) answers every import specifier through the
// engine's resolve hook, and each answer is a module key whose source is defined beforehand:
//   - an ES module file: its text (import.meta.dirname/filename set on its first line);
//   - a CommonJS file or a built-in: a generated module that loads it through require() when
//     it is evaluated (so in import order) and exports module.exports as default, plus the named
//     exports node would give (a built-in's keys; a CommonJS file's, from esm/cjs_export_names);
//   - a JSON file: its text, which the engine turns into a JSON module.
// The generated modules reach jnode through one bridge module that only they may import.

const path = require('path');
const natives = internalBinding('natives');
const { resolve } = require('internal/modules/esm/resolve');
const { exportNames } = require('internal/modules/esm/cjs_export_names');
const { readSource } = require('internal/modules/cjs/loader');

const BRIDGE = 'node:internal/modules/esm/bridge';
// Keys of generated modules, which alone may import the bridge; key -> 'commonjs' | 'builtin'.
const generated = new Map();
// The format each specifier last resolved to, to word a missing export's error as node does.
const formats = new Map();
// Keys whose source is defined: the engine keeps each module it linked under its key.
const defined = new Set();
let bridgeReady = false;
// ES module files whose text has an `await` that may be at the top level (require() of ESM).
const mayAwait = new Set();

function setupBridge() {
  if (bridgeReady) return;
  bridgeReady = true;
  const bridge = natives.evalModule('export let hooks; export function install(h) { hooks = h; }', BRIDGE);
  bridge.install({
    builtin: (id) => require('internal/modules/builtins').loadBuiltin(id),
    // A built-in's lazily loaded export that jnode lacks reads as undefined, not as an import
    // failure of the whole built-in.
    value: (exports, name) => {
      try {
        return exports[name];
      } catch {
        return undefined;
      }
    },
    commonjs: (filename) => {
      const { Module } = require('internal/modules/cjs/loader');
      return Module._load(filename, null, false);
    },
  });
}

/** The engine's resolve hook: (importing file or null, specifier) -> key of the module. */
function resolveHook(parent, specifier) {
  if (specifier === BRIDGE && generated.has(parent)) return BRIDGE;
  const resolved = resolve(specifier, parent);
  if (resolved.builtin !== undefined) return defineBuiltin(resolved.builtin);
  const { filename, format } = resolved;
  formats.set(specifier, format);
  if (defined.has(filename)) return filename;
  switch (format) {
    case 'module': {
      const source = readSource(filename);
      if (/\bawait\b/.test(source)) mayAwait.add(filename);
      natives.defineModule(filename, withImportMeta(source, filename));
      break;
    }
    case 'commonjs':
      defineGenerated(filename, 'commonjs', commonjsExportNames(filename));
      break;
    case 'json':
      natives.defineModule(filename, readSource(filename));
      break;
    default: {
      const { codes: { ERR_UNKNOWN_MODULE_FORMAT } } = require('internal/errors');
      throw new ERR_UNKNOWN_MODULE_FORMAT(format, require('internal/url').pathToFileURL(filename).href);
    }
  }
  defined.add(filename);
  return filename;
}

// import.meta.url comes from the engine; dirname and filename (node 20.11) are set on the
// module's first line, which keeps every line number true (a shebang becomes a comment). Only
// a module that may read them gets them: the first line's columns shift in its stack traces.
function withImportMeta(source, filename) {
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  if (!/\bimport\s*\.\s*meta\b(?!\s*\.\s*url\b)/.test(source)) return source;
  if (source.startsWith('#!')) source = '//' + source.slice(2);
  return `import.meta.dirname = ${JSON.stringify(path.dirname(filename))}; ` +
    `import.meta.filename = ${JSON.stringify(filename)}; ${source}`;
}

function defineBuiltin(id) {
  const key = '/node:' + id;
  if (!defined.has(key)) {
    const exports = require('internal/modules/builtins').loadBuiltin(id);
    defineGenerated(key, 'builtin', Object.keys(exports).filter((k) => k !== 'default'), id);
    defined.add(key);
  }
  return key;
}

function commonjsExportNames(filename) {
  const { Module } = require('internal/modules/cjs/loader');
  const resolveFrom = (specifier, from) => {
    const fake = new Module(from, null);
    fake.filename = from;
    fake.paths = Module._nodeModulePaths(path.dirname(from));
    const target = Module._resolveFilename(specifier, fake, false);
    return path.isAbsolute(target) ? target : null;
  };
  return [...exportNames(filename, readSource, resolveFrom)];
}

// Exports are copied when the module is evaluated, as node does for CommonJS.
function defineGenerated(key, kind, names, id = key) {
  generated.set(key, kind);
  setupBridge();
  const lines = [
    `import { hooks } from ${JSON.stringify(BRIDGE)};`,
    `const m = hooks.${kind}(${JSON.stringify(id)});`,
    'export default m;',
  ];
  if (names.length > 0) {
    const read = kind === 'builtin' ? (name) => `hooks.value(m, ${name})` : (name) => `m[${name}]`;
    names.forEach((name, i) => lines.push(`const e${i} = ${read(JSON.stringify(name))};`));
    lines.push(`export { ${names.map((name, i) => `e${i} as ${JSON.stringify(name)}`).join(', ')} };`);
  }
  natives.defineModule(key, lines.join('\n'));
}

/** Runs the ES module `filename` as the main script; its errors end the process as node's do. */
function runMain(filename) {
  import(filename).catch((err) => {
    require('internal/process/execution').triggerUncaughtException(improveError(err), false);
  });
}

// The engine names a missing export as node does for ES modules; for a CommonJS module node
// adds how to reach the value through the default export.
function improveError(err) {
  const m = err instanceof SyntaxError &&
    /^The requested module '([^']+)' does not provide an export named '([^']+)'$/.exec(err.message);
  if (m && formats.get(m[1]) === 'commonjs') {
    const engineMessage = err.message;
    err.message = `Named export '${m[2]}' not found. The requested module '${m[1]}' is a CommonJS ` +
      'module, which may not support all module.exports as named exports.\nCommonJS modules can ' +
      `always be imported via the default export, for example using:\n\nimport pkg from '${m[1]}';\n` +
      `const { ${m[2]} } = pkg;\n`;
    err.stack = String(err.stack).replace(engineMessage, err.message);
  }
  return err;
}

/**
 * require() of an ES module (node 20.19+): evaluated now, its namespace returned. Evaluation
 * runs through a one-line module that imports it, which the engine links and runs at once.
 * The engine cannot report an error of that nested evaluation synchronously: it becomes an
 * uncaught error as soon as the current task ends. A graph with a top-level await is
 * node's ERR_REQUIRE_ASYNC_MODULE (told by its text holding `await`).
 */
function requireModule(filename, parent) {
  const before = new Set(defined);
  const wrapper = natives.evalModule(
    `import * as ns from ${JSON.stringify(filename)}; export { ns }; export const done = true;`,
    `node:internal/require-esm/${filename}`);
  try {
    wrapper.done;
  } catch {
    // Uninitialized: the graph's evaluation is pending (top-level await) or failed.
    const graph = [...defined].filter((key) => !before.has(key) || key === filename);
    if (graph.some((key) => mayAwait.has(key))) {
      const { codes: { ERR_REQUIRE_ASYNC_MODULE } } = require('internal/errors');
      throw new ERR_REQUIRE_ASYNC_MODULE(parent, filename);
    }
  }
  return wrapper.ns;
}

module.exports = { resolveHook, runMain, requireModule };
