// The first JS that runs in a realm (Node's internal/bootstrap/realm.js + node.js).
// It is evaluated as a function expression and called with the binding loader.
(function bootstrap(bindingLoader) {
  'use strict';

  // The GraalJS shell builtins we asked for only to get quit(): keep it, hide the rest.
  const quit = globalThis.quit;
  const graal = globalThis.Graal;
  // Engine objects that built-ins use but node has no global for: Realm (js.v8-realm-builtin) makes
  // vm contexts' globals; AsyncContext (js.async-context) carries AsyncLocalStorage's store.
  const engineGlobals = { Realm: globalThis.Realm, AsyncContext: globalThis.AsyncContext };
  for (const name of ['quit', 'read', 'readbuffer', 'readline', 'printErr', 'print', 'load',
                      'loadWithNewGlobal', 'Graal', 'performance', 'console', 'Realm', 'AsyncContext']) {
    delete globalThis[name];
  }

  // node 20 provides these well-known symbols where the engine lacks them; built-ins use them
  // as method keys, so they must exist before any module loads.
  for (const [name, key] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
    if (Symbol[name] === undefined) Object.defineProperty(Symbol, name, { value: Symbol.for(key) });
  }

  const bindingCache = Object.create(null);
  function internalBinding(name) {
    return bindingCache[name] ??= bindingLoader.get(name);
  }

  // Built-in modules: CommonJS files under jslib/, wrapped like user modules but with
  // internalBinding in scope and a require that sees only other built-ins.
  const natives = internalBinding('natives');
  // JNODE_DEBUG_STARTUP: how long each built-in takes to load, alone and with what it requires.
  const tracing = natives.trace('bootstrap: started');
  const clock = tracing ? internalBinding('process') : null;
  let nestedNanos = 0;
  function traceLoad(id, load) {
    const outer = nestedNanos;
    nestedNanos = 0;
    const start = clock.hrtimeNanos();
    try {
      load();
    } finally {
      const total = clock.hrtimeNanos() - start;
      natives.trace(`  ${id}: ${((total - nestedNanos) / 1e6).toFixed(1)} ms own, ${(total / 1e6).toFixed(1)} ms in all`);
      nestedNanos = outer + total;
    }
  }
  const builtinCache = Object.create(null);
  // One process object from the start, so every built-in closes over the same identity;
  // internal/process/object gives it its prototype and properties.
  const processObject = {};

  function requireBuiltin(id) {
    if (id.startsWith('node:')) id = id.slice(5);
    const cached = builtinCache[id];
    if (cached !== undefined) return cached.exports;
    const source = natives.source(id);
    if (source == null) {
      const err = new Error(`No such built-in module: ${id}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    const module = { id, exports: {}, loaded: false };
    builtinCache[id] = module;
    try {
      if (tracing) traceLoad(id, () => loadBuiltin(module, source));
      else loadBuiltin(module, source);
    } catch (err) {
      delete builtinCache[id]; // as a CommonJS module that threw: the next require tries again
      throw err;
    }
    return module.exports;
  }
  function loadBuiltin(module, source) {
    const fn = natives.compileBuiltin(module.id, source);
    fn.call(module.exports, module.exports, requireBuiltin, module, internalBinding, processObject);
    module.loaded = true;
  }
  // Given to built-ins as a module of its own, so no global keeps them.
  builtinCache['internal/engine_globals'] = { id: 'internal/engine_globals', exports: engineGlobals, loaded: true };
  requireBuiltin.exists = (id) => builtinCache[id] !== undefined || natives.source(id) != null;
  requireBuiltin.loaded = (id) => builtinCache[id] !== undefined;
  requireBuiltin.loadedIds = () => Object.keys(builtinCache);

  const boot = { internalBinding, requireBuiltin, quit, graal };
  requireBuiltin('internal/process/object').init(processObject, boot);
  requireBuiltin('internal/process/setup').setup(processObject, boot);
  internalBinding('performance').markBootstrapped();
  natives.trace('bootstrap: process and globals set up');
  requireBuiltin('internal/main').run(processObject, boot);
  natives.trace('bootstrap: main script returned');
  // The main script's nextTicks run before its promise jobs, which drain when this returns.
  processObject._tickCallback();
})
