'use strict';
// Gives the process object its prototype and properties (Node's bootstrap/node.js).

const EventEmitter = require('events');
const {
  codes: {
    ERR_ASSERTION, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_OBJECT_DEFINE_PROPERTY,
    ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL,
  },
  uvException,
  errnoException,
} = require('internal/errors');
const { validateBoolean, validateNumber, validateObject, validateString } = require('internal/validators');

const NODE_VERSION = '20.20.2';

function init(process, boot) {
  const binding = boot.internalBinding('process');

  // process is an EventEmitter whose prototype is named 'process', as in node.
  const ProcessConstructor = function process() {};
  const processProto = Object.create(EventEmitter.prototype, {
    constructor: { value: ProcessConstructor, writable: true, configurable: true },
    [Symbol.toStringTag]: { value: 'process', writable: false, enumerable: false, configurable: true },
  });
  ProcessConstructor.prototype = processProto;
  Object.setPrototypeOf(process, processProto);
  EventEmitter.call(process);

  process.cwd = function cwd() {
    return binding.cwd();
  };
  const scriptArg = binding.script();
  const argv = [binding.execPath()];
  if (scriptArg != null) argv.push(scriptArg === '-' ? '-' : require('path').resolve(scriptArg));
  for (const a of binding.args()) argv.push(a);

  // node's initial title is argv[0] as it was typed.
  let title = binding.title() ?? binding.argv0();
  let exitCode;

  Object.assign(process, {
    version: `v${NODE_VERSION}`,
    versions: {
      node: NODE_VERSION, jnode: '0.1.0', v8: '11.3.244.8-node.33', uv: '1.46.0', zlib: '1.3.0.1-motley',
      modules: '115', napi: '9', unicode: '15.1', graaljs: '25.0',
    },
    arch: 'x64',
    platform: 'linux',
    release: {
      name: 'node', lts: 'Iron',
      sourceUrl: `https://nodejs.org/download/release/v${NODE_VERSION}/node-v${NODE_VERSION}.tar.gz`,
      headersUrl: `https://nodejs.org/download/release/v${NODE_VERSION}/node-v${NODE_VERSION}-headers.tar.gz`,
    },
    argv,
    execArgv: Array.from(binding.execArgv()),
    execPath: binding.execPath(),
    moduleLoadList: [],
    _exiting: false,
    config: {
      target_defaults: { cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [] },
      variables: {
        asan: 0, host_arch: 'x64', target_arch: 'x64', node_shared: false, node_use_openssl: false,
        node_shared_openssl: false, v8_enable_i18n_support: 1, v8_enable_inspector: 0,
        node_module_version: 115, napi_build_version: '9', icu_small: false, is_debug: 0,
        node_prefix: '/usr', node_install_npm: false, v8_enable_pointer_compression: 0,
        llvm_version: '0.0', clang: 0, openssl_is_fips: false, node_builtin_shareable_builtins: [],
      },
    },
    features: {
      inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false,
      tls_ocsp: false, tls: false, cached_builtins: true,
      // Which Truffle runtime runs JS: 'optimizing' (Graal JIT) or 'interpreter' (no JIT found).
      jnode_engine: binding.engine(),
    },
    debugPort: 9229,
  });
  Object.defineProperty(process, 'argv0', {
    value: binding.argv0(), enumerable: true, configurable: true, writable: true,
  });

  Object.defineProperty(process, 'title', {
    get() { return title; },
    set(value) {
      title = `${value}`;
      binding.setTitle(title);
    },
    enumerable: true, configurable: true,
  });
  if (binding.title() != null) binding.setTitle(title);

  Object.defineProperty(process, 'pid', { value: binding.pid(), enumerable: true, configurable: true, writable: true });
  Object.defineProperty(process, 'ppid', { get() { return binding.ppid(); }, enumerable: true, configurable: true });

  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE('code', 'number', code);
        if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE('code', 'an integer', code);
      }
      exitCode = code;
    },
    enumerable: true, configurable: false,
  });

  process.domain = null;
  process.env = makeEnv(binding.env());

  process.chdir = function chdir(directory) {
    validateString(directory, 'directory');
    const from = binding.cwd();
    const rc = binding.chdir(directory);
    if (rc < 0) throw uvException({ errno: rc, syscall: 'chdir', path: from, dest: directory });
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return binding.currentUmask();
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
      }
      mask = parseInt(mask, 8);
    } else {
      validateNumber(mask, 'mask');
      if (!Number.isInteger(mask) || mask < 0 || mask > 0xffffffff) {
        throw new ERR_OUT_OF_RANGE('mask', '>= 0 && <= 4294967295', mask);
      }
    }
    return binding.umask(mask & 0o777);
  };

  process.hrtime = function hrtime(time) {
    const now = binding.hrtimeNanos();
    let sec = Math.floor(now / 1e9);
    let nsec = now - sec * 1e9;
    if (time !== undefined) {
      if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
      if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
      sec -= time[0];
      nsec -= time[1];
      if (nsec < 0) { sec--; nsec += 1e9; }
    }
    return [sec, nsec];
  };
  process.hrtime.bigint = function bigint() {
    return BigInt(binding.hrtimeNanos());
  };
  process.uptime = () => binding.uptime();
  process.memoryUsage = function memoryUsage() {
    const m = binding.memoryUsage();
    return { rss: m[0], heapTotal: m[1], heapUsed: m[2], external: m[3], arrayBuffers: m[4] };
  };
  process.memoryUsage.rss = () => binding.rss();
  process.cpuUsage = function cpuUsage(prevValue) {
    if (prevValue !== undefined) {
      validateObject(prevValue, 'prevValue');
      validateCpuField(prevValue.user, 'prevValue.user');
      validateCpuField(prevValue.system, 'prevValue.system');
    }
    const u = binding.cpuUsage();
    const result = { user: u[0], system: u[1] };
    if (prevValue) {
      result.user -= prevValue.user;
      result.system -= prevValue.system;
    }
    return result;
  };
  let assertWarned = false;
  process.assert = function assert(value, message) {
    if (!assertWarned) {
      assertWarned = true;
      process.emitWarning('process.assert() is deprecated. Please use the `assert` module instead.',
        'DeprecationWarning', 'DEP0100');
    }
    if (!value) throw new ERR_ASSERTION(message || 'assertion error');
  };
  process.resourceUsage = function resourceUsage() {
    const u = binding.cpuUsage();
    return {
      userCPUTime: u[0], systemCPUTime: u[1], maxRSS: Math.round(binding.rss() / 1024), sharedMemorySize: 0,
      unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0, swappedOut: 0,
      fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0, voluntaryContextSwitches: 0,
      involuntaryContextSwitches: 0,
    };
  };
  process.getuid = () => binding.getuid();
  process.geteuid = () => binding.geteuid();
  process.getgid = () => binding.getgid();
  process.getegid = () => binding.getegid();
  // The credential calls load their module on first use, not at start-up.
  const credentials = () => require('internal/process/credentials');
  process.getgroups = function getgroups() { return credentials().getgroups(); };
  if (binding.ownsProcess()) {
    for (const name of ['setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups']) {
      process[name] = { [name](...args) { return credentials()[name](...args); } }[name];
    }
  }
  process.abort = () => binding.abort();
  // Straight to fd 2, bypassing process.stderr and the tick queue (node's debugging escape hatch).
  process._rawDebug = function _rawDebug(...args) {
    require('internal/process/stdio').writeStderrSync(`${require('internal/util/inspect').format(...args)}\n`);
  };
  // jnode does not map stack traces through source maps; the switch is kept as node keeps it.
  let sourceMapsEnabled = false;
  process.setSourceMapsEnabled = function setSourceMapsEnabled(val) {
    validateBoolean(val, 'val');
    sourceMapsEnabled = val;
  };
  Object.defineProperty(process, 'sourceMapsEnabled', {
    get() { return sourceMapsEnabled; }, enumerable: true, configurable: true,
  });
  // Handles: net's TCP and Pipe handles (as their sockets and servers); timers by count.
  process._getActiveHandles = () => {
    const handles = require('internal/process/active_handles').activeHandles();
    if (handles.length === 0) return handles;
    const { owner_symbol } = require('internal/net/handles'); // loaded: it made them
    return handles.map((h) => h[owner_symbol] ?? h);
  };
  process._getActiveRequests = () => [];
  // node's diagnostic report (a getter, as node's); its module loads on first use.
  Object.defineProperty(process, 'report', {
    get() { return require('internal/process/report').report; }, enumerable: true, configurable: true,
  });
  process.getActiveResourcesInfo = () => [
    ...require('internal/process/active_handles').activeHandles().map((h) => h.resourceName),
    ...require('internal/timers').activeTimerResources(),
  ];
  process.binding = function binding(name) {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('name', name, 'is not a supported binding');
  };
  process.dlopen = function dlopen() {
    throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('process.dlopen');
  };

  // The raw call, returning 0 or -errno; tests monkey-patch it, so kill() goes through it.
  process._kill = function _kill(pid, sig) {
    return binding.kill(+pid, sig);
  };
  process.kill = function kill(pid, sig) {
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid); // eslint-disable-line eqeqeq
    let signum = sig;
    if (sig !== (sig | 0)) {
      sig = sig || 'SIGTERM';
      const { signals } = require('internal/constants');
      if (!Object.hasOwn(signals, sig)) throw new ERR_UNKNOWN_SIGNAL(sig);
      signum = signals[sig];
    }
    const err = process._kill(pid, signum);
    if (err) throw errnoException(err, 'kill');
    // eslint-disable-next-line eqeqeq
    if (signum !== 0 && (pid == process.pid || pid == 0)) boot.internalBinding('signal').sentToSelf(signum);
    return true;
  };
}

function validateCpuField(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (value < 0 || !Number.isFinite(value)) throw new ERR_INVALID_ARG_VALUE.RangeError(name, value);
}

// process.env: values are coerced to strings, as node's env proxy does.
function makeEnv(javaEnv) {
  const target = {};
  // A host Map has no own keys for Object.keys; iterating it yields [key, value] pairs.
  for (const [key, value] of javaEnv) target[key] = value;
  return new Proxy(target, {
    set(t, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (key === '') return true; // setenv() refuses an empty name; node ignores it
      t[key] = `${value}`;
      return true;
    },
    defineProperty(t, key, desc) {
      if (desc.get || desc.set) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY("'process.env'", 'does not accept an accessor(getter/setter) descriptor');
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY("'process.env'", 'only accepts a configurable, writable, and enumerable data descriptor');
      }
      t[key] = `${desc.value}`;
      return true;
    },
  });
}

module.exports = { init };
