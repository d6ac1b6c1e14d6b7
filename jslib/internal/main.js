'use strict';
// Runs what the command line asked for (Node's internal/main/*): -e/-p code, a script,
// the script on stdin, preloaded -r modules.

const path = require('path');

function run(process, boot) {
  const binding = boot.internalBinding('process');
  const { Module } = require('internal/modules/cjs/loader');
  Module._initPaths();
  // Every import specifier, static or import(), resolves in the ESM loader, loaded on first use.
  internalBinding('natives').setImportHook((parent, specifier) =>
    require('internal/modules/esm/loader').resolveHook(parent, specifier));
  if (process.env.NODE_CHANNEL_FD) require('internal/child_process/setup_child').setupChildProcessIpcChannel();
  // A cluster worker talks to its primary before any user code runs; its children are not workers.
  if (process.argv[1] && process.env.NODE_UNIQUE_ID) {
    require('cluster')._setupWorker();
    delete process.env.NODE_UNIQUE_ID;
  }

  // An embedding Java application's globals, and the way it builds JS values.
  const embedding = binding.ownsProcess() ? null : require('internal/embedding');
  embedding?.setup();

  for (const request of binding.preload()) {
    const parent = new Module('internal/preload', null);
    parent.paths = Module._nodeModulePaths(process.cwd());
    Module._load(request, parent, false);
  }

  const source = binding.evalSource();
  if (source != null) {
    const module = runEval(source, '[eval]', binding.printEval(), Module);
    embedding?.setMainModule(module);
    return;
  }
  const script = binding.script();
  if (script === '-' || script == null) {
    if (script == null && internalBinding('stdio').isatty(0)) {
      require('internal/repl').start();
      return;
    }
    readStdin((code) => runEval(code, '[stdin]', false, Module));
    return;
  }
  Module.runMain(process.argv[1]);
  embedding?.setMainModule(process.mainModule);
}

// -e code runs as a script in the global scope, with require/module/__filename as globals.
function runEval(source, name, print, Module) {
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const { makeRequireFunction } = require('internal/modules/cjs/loader');
  const g = globalThis;
  // First the built-ins, then the script's own globals: `module` is both, and the script's wins.
  addBuiltinLibsToGlobal(Module.builtinModules);
  g.module = module;
  g.exports = module.exports;
  g.__filename = name;
  g.__dirname = '.';
  g.require = makeRequireFunction(module);
  const result = internalBinding('natives').compile(source, name);
  if (print) {
    const { log } = require('console');
    log(result);
  }
  return module;
}

// As in node's -e/-p, each public built-in is a lazy global (`node -p 'os.EOL'`) that code may overwrite.
function addBuiltinLibsToGlobal(ids) {
  for (const name of ids) {
    if (name.startsWith('_') || name.includes('/')) continue;
    const setReal = (value) => {
      delete globalThis[name];
      globalThis[name] = value;
    };
    Object.defineProperty(globalThis, name, {
      __proto__: null,
      get() {
        const lib = require(name);
        Object.defineProperty(globalThis, name, {
          __proto__: null, get: () => lib, set: setReal, configurable: true, enumerable: false,
        });
        return lib;
      },
      set: setReal,
      configurable: true,
      enumerable: false,
    });
  }
}

function readStdin(done) {
  const chunks = [];
  const stdin = process.stdin;
  stdin.setEncoding('utf8');
  stdin.on('data', (d) => chunks.push(d));
  stdin.on('end', () => done(chunks.join('')));
}

module.exports = { run };
