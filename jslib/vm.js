'use strict';
// vm: Script, runInThisContext, compileFunction, and contexts. A context is a new global made by
// the engine (its own Object, Array, ...); the contextified object's properties are copied in as
// globals before code runs there and the globals copied back after, so the object sees what the
// code declared or assigned. (Node's contexts share one object live through V8 interceptors; here
// a change made later by a callback left running inside the context is seen at the next run.)

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateArray, validateObject, validateString, validateInt32, kValidateObjectAllowArray,
} = require('internal/validators');

const natives = internalBinding('natives');
const { Realm: engineRealms } = require('internal/engine_globals');

const kCode = Symbol('code');
const kFilename = Symbol('filename');
const kCompiled = Symbol('compiled');
const contexts = new WeakMap(); // contextified object → { realm, global, builtins }

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowArray);
  return contexts.has(object);
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject !== null && typeof contextObject === 'object' && contexts.has(contextObject)) {
    return contextObject;
  }
  validateObject(contextObject, 'object', kValidateObjectAllowArray);
  validateObject(options, 'options');
  const realm = engineRealms.create();
  // The engine's ESM hook (MLE) is no global of node's either.
  engineRealms.eval(realm, 'delete globalThis.Realm; delete globalThis.AsyncContext; delete globalThis.MLE');
  const global = engineRealms.global(realm);
  contexts.set(contextObject, { realm, global, builtins: new Set(Reflect.ownKeys(global)) });
  return contextObject;
}

function contextOf(contextifiedObject) {
  const context = contextifiedObject !== null && typeof contextifiedObject === 'object' ?
    contexts.get(contextifiedObject) : undefined;
  if (context === undefined) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return context;
}

/** Runs code in a contextified object's realm; its stack frames name `filename` when given. */
function runInContextOf(code, contextifiedObject, filename) {
  const { realm, global, builtins } = contextOf(contextifiedObject);
  for (const key of Reflect.ownKeys(contextifiedObject)) {
    Object.defineProperty(global, key, {
      ...Object.getOwnPropertyDescriptor(contextifiedObject, key), configurable: true,
    });
  }
  try {
    // The realm's eval takes no name; the engine reads one from a sourceURL comment.
    return engineRealms.eval(realm, filename === undefined ? code : `${code}\n//# sourceURL=${filename}`);
  } finally {
    for (const key of Reflect.ownKeys(global)) {
      if (!builtins.has(key) || Object.prototype.hasOwnProperty.call(contextifiedObject, key)) {
        contextifiedObject[key] = global[key];
      }
    }
    for (const key of Reflect.ownKeys(contextifiedObject)) {
      if (!Object.prototype.hasOwnProperty.call(global, key)) delete contextifiedObject[key];
    }
  }
}

function scriptOptions(options) {
  if (typeof options === 'string') return { filename: options };
  if (options === undefined) return {};
  validateObject(options, 'options');
  return options;
}

class Script {
  constructor(code, options) {
    code = `${code}`;
    const { filename = 'evalmachine.<anonymous>', lineOffset = 0, columnOffset = 0, cachedData } = scriptOptions(options);
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    this[kCode] = code;
    this[kFilename] = filename;
    // Parsed now, so a syntax error throws from the constructor as in node.
    this[kCompiled] = natives.parse(code, filename);
    if (cachedData !== undefined) this.cachedDataRejected = true;
  }

  runInThisContext() {
    return this[kCompiled]();
  }

  runInContext(contextifiedObject) {
    return runInContextOf(this[kCode], contextifiedObject, this[kFilename]);
  }

  runInNewContext(contextObject, options) {
    return runInContextOf(this[kCode], createContext(contextObject, options), this[kFilename]);
  }

  // The engine has no code cache to hand out: the data is empty, and a script given cachedData
  // reports it rejected (cachedDataRejected), which callers already handle.
  createCachedData() {
    return Buffer.alloc(0);
  }
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext();
}

function runInContext(code, contextifiedObject, options) {
  return new Script(code, options).runInContext(contextifiedObject);
}

function runInNewContext(code, contextObject, options) {
  return new Script(code, options).runInNewContext(contextObject);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const { filename = '', contextExtensions = [], parsingContext } = options;
  validateString(filename, 'options.filename');
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((e, i) => validateObject(e, `options.contextExtensions[${i}]`));
  const source = `(function (${params.join(', ')}) {\n${code}\n})`;
  // Extensions are scopes between the function and the globals, as node's are.
  const wrap = (inner) => contextExtensions.reduceRight(
    (body, _, i) => `with (__jnodeExtensions[${i}]) { ${body} }`, `return ${inner};`);
  if (parsingContext !== undefined) {
    const { global } = contextOf(parsingContext);
    global.__jnodeExtensions = contextExtensions;
    try {
      return runInContextOf(`(function () { ${wrap(source)} })()`, parsingContext);
    } finally {
      delete global.__jnodeExtensions;
    }
  }
  if (contextExtensions.length === 0) return natives.compile(source, filename || 'evalmachine.<anonymous>');
  return natives.compile(`(function (__jnodeExtensions) { ${wrap(source)} })`, filename || 'evalmachine.<anonymous>')(
    contextExtensions);
}

// One heap serves every context here, so the estimate is the whole JS heap's.
function measureMemory() {
  const { heapUsed, heapTotal } = process.memoryUsage();
  return Promise.resolve({ total: { jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, heapTotal] } });
}

module.exports = {
  Script,
  compileFunction,
  constants: Object.freeze({ __proto__: null, USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default') }),
  createContext,
  createScript,
  isContext,
  measureMemory,
  runInContext,
  runInNewContext,
  runInThisContext,
};
