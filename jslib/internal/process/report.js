'use strict';
// process.report: node's diagnostic report, a JSON document of the process's state. Built from
// what jnode knows: the JS stack, the JVM heap under V8's names (the v8 module), net handles as
// libuv lists them, and /proc for resource use, limits and shared objects. nativeStack is empty
// (the host's frames are Java's, not native ones) and so is workers.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { validateBoolean, validateObject, validateString, validateSignalName } = require('internal/validators');

const osBinding = internalBinding('os');
const readProc = (file) => {
  const text = osBinding.readProcFile(file);
  return typeof text === 'string' ? text : '';
};

const config = {
  directory: '',
  filename: '',
  compact: false,
  excludeNetwork: false,
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
};
let sequence = 0;

// The command line as it was typed (process.argv has the script's resolved path).
function commandLine() {
  const launch = internalBinding('process');
  const script = launch.script();
  return [launch.argv0(), ...launch.execArgv(), ...(script == null ? [] : [script]), ...launch.args()];
}

function header(event, trigger, filename) {
  const now = new Date();
  const h = {
    reportVersion: 4,
    event,
    trigger,
    filename,
    dumpEventTime: `${now.toISOString().slice(0, 19)}Z`,
    dumpEventTimeStamp: String(now.getTime()),
    processId: process.pid,
    threadId: 0,
    cwd: process.cwd(),
    commandLine: commandLine(),
    nodejsVersion: process.version,
  };
  // What detect-libc and native-module loaders read to tell glibc from musl.
  const glibc = osBinding.glibcVersion();
  if (glibc != null) h.glibcVersionRuntime = glibc;
  Object.assign(h, {
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: os.type(),
    osRelease: os.release(),
    osVersion: os.version(),
    osMachine: os.machine(),
    cpus: os.cpus().map(({ model, speed, times }) => ({ model, speed, ...times })),
  });
  if (!config.excludeNetwork) {
    h.networkInterfaces = [];
    for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
      for (const a of addrs) {
        const entry = { name, internal: a.internal, mac: a.mac, address: a.address, netmask: a.netmask, family: a.family };
        if (a.family === 'IPv6') entry.scopeid = a.scopeid;
        h.networkInterfaces.push(entry);
      }
    }
  }
  h.host = os.hostname();
  return h;
}

function javascriptStack(err) {
  if (err == null) {
    const synthetic = { stack: '' };
    Error.captureStackTrace(synthetic, buildReport); // as node's: from the report call down
    return {
      message: 'Error [ERR_SYNTHETIC]: JavaScript Callstack',
      stack: stackLines(synthetic.stack),
      errorProperties: { code: 'ERR_SYNTHETIC' },
    };
  }
  const text = typeof err.stack === 'string' ? err.stack : String(err);
  const firstFrame = text.search(/\n\s+at /);
  const errorProperties = {};
  for (const key of Object.keys(err)) errorProperties[key] = String(err[key]);
  return {
    message: firstFrame === -1 ? text : text.slice(0, firstFrame),
    stack: firstFrame === -1 ? [] : stackLines(text.slice(firstFrame)),
    errorProperties,
  };
}

function stackLines(stack) {
  return stack.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('at '));
}

function javascriptHeap() {
  const v8 = require('v8');
  const s = v8.getHeapStatistics();
  const heapSpaces = {};
  for (const sp of v8.getHeapSpaceStatistics()) {
    heapSpaces[sp.space_name] = {
      memorySize: sp.space_size,
      committedMemory: sp.physical_space_size,
      capacity: sp.space_used_size + sp.space_available_size,
      used: sp.space_used_size,
      available: sp.space_available_size,
    };
  }
  return {
    totalMemory: s.total_heap_size,
    executableMemory: s.total_heap_size_executable,
    totalCommittedMemory: s.total_physical_size,
    availableMemory: s.total_available_size,
    totalGlobalHandlesMemory: s.total_global_handles_size,
    usedGlobalHandlesMemory: s.used_global_handles_size,
    usedMemory: s.used_heap_size,
    memoryLimit: s.heap_size_limit,
    mallocedMemory: s.malloced_memory,
    externalMemory: s.external_memory,
    peakMallocedMemory: s.peak_malloced_memory,
    nativeContextCount: s.number_of_native_contexts,
    detachedContextCount: s.number_of_detached_contexts,
    doesZapGarbage: s.does_zap_garbage,
    heapSpaces,
  };
}

// Fields of /proc/<self>/stat after the command name: utime is 14, stime 15 (1-based, in ticks).
function statFields(file) {
  const text = readProc(file);
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}
const TICKS_PER_SECOND = 100;

// Seconds since the process started (node's uptime counts from there; process.uptime() here
// starts later, once the JVM is up): /proc/uptime less the start time in /proc/self/stat.
function processSeconds() {
  const started = Number(statFields('/proc/self/stat')[19]) / TICKS_PER_SECOND;
  return Number(readProc('/proc/uptime').split(' ')[0]) - started;
}

function cpuShares(user, kernel) {
  const elapsed = processSeconds();
  const pct = (s) => (elapsed > 0 ? (s / elapsed) * 100 : 0);
  return {
    userCpuSeconds: user,
    kernelCpuSeconds: kernel,
    cpuConsumptionPercent: pct(user + kernel),
    userCpuConsumptionPercent: pct(user),
    kernelCpuConsumptionPercent: pct(kernel),
  };
}

function fsActivity() {
  const io = readProc('/proc/self/io');
  const field = (name) => Number((new RegExp(`^${name}: (\\d+)`, 'm').exec(io) || [0, 0])[1]);
  // getrusage counts 512-byte blocks; /proc/self/io counts bytes.
  return { reads: Math.floor(field('read_bytes') / 512), writes: Math.floor(field('write_bytes') / 512) };
}

function resourceUsage() {
  const cpu = process.cpuUsage();
  const stat = statFields('/proc/self/stat');
  const rss = process.memoryUsage.rss();
  const status = readProc('/proc/self/status');
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status);
  return {
    free_memory: os.freemem(),
    total_memory: os.totalmem(),
    rss,
    constrained_memory: process.constrainedMemory?.() ?? 0,
    available_memory: os.freemem(),
    ...cpuShares(cpu.user / 1e6, cpu.system / 1e6),
    maxRss: hwm ? Number(hwm[1]) * 1024 : rss,
    pageFaults: { IORequired: Number(stat[9]), IONotRequired: Number(stat[7]) },
    fsActivity: fsActivity(),
  };
}

function threadResourceUsage() {
  const stat = statFields('/proc/thread-self/stat');
  return {
    ...cpuShares(Number(stat[11]) / TICKS_PER_SECOND, Number(stat[12]) / TICKS_PER_SECOND),
    fsActivity: fsActivity(),
  };
}

// The handles libuv would list: net's TCP and pipe handles, the timer, and the loop itself.
function libuvHandles() {
  const out = [];
  let address = 0x1000;
  const nextAddress = () => `0x${(address += 0x100).toString(16).padStart(16, '0')}`;
  const { live } = require('internal/process/active_handles');
  for (const handle of live) {
    const tcp = handle.constructor.name === 'TCP';
    const entry = {
      type: tcp ? 'tcp' : 'pipe',
      is_active: handle.reading || handle.type === 1,
      is_referenced: handle.hasRef(),
      address: nextAddress(),
    };
    if (tcp) {
      entry.localEndpoint = endpoint(handle, 'getsockname');
      entry.remoteEndpoint = endpoint(handle, 'getpeername');
      entry.sendBufferSize = handle.bufferSize(false);
      entry.recvBufferSize = handle.bufferSize(true);
    } else {
      entry.pipeName = handle._path ?? '';
    }
    Object.assign(entry, {
      fd: handle.fd,
      writeQueueSize: handle.writeQueueSize,
      readable: handle.type !== 1 && handle.fd >= 0,
      writable: handle.type !== 1 && handle.fd >= 0,
    });
    out.push(entry);
  }
  const timers = require('internal/timers').activeTimerResources();
  out.push({ type: 'timer', is_active: timers.length > 0, is_referenced: timers.length > 0, address: nextAddress() });
  out.push({ type: 'loop', is_active: true, address: nextAddress() });
  return out;
}

function endpoint(handle, which) {
  const out = {};
  if (handle[which](out) !== 0 || out.address === undefined) return null;
  const ip = out.family === 'IPv6' ? 'ip6' : 'ip4';
  return { host: out.address, [ip]: out.address, port: out.port };
}

// /proc/self/limits: "Max open files   20000   20000   files".
const limitNames = [
  ['Max core file size', 'core_file_size_blocks'],
  ['Max data size', 'data_seg_size_kbytes'],
  ['Max file size', 'file_size_blocks'],
  ['Max locked memory', 'max_locked_memory_bytes'],
  ['Max resident set', 'max_memory_size_kbytes'],
  ['Max open files', 'open_files'],
  ['Max stack size', 'stack_size_bytes'],
  ['Max cpu time', 'cpu_time_seconds'],
  ['Max processes', 'max_user_processes'],
  ['Max address space', 'virtual_memory_kbytes'],
];
function userLimits() {
  const text = readProc('/proc/self/limits');
  const out = {};
  for (const [label, key] of limitNames) {
    const m = new RegExp(`^${label}\\s+(\\S+)\\s+(\\S+)`, 'm').exec(text);
    if (!m) continue;
    const value = (v) => (v === 'unlimited' ? v : Number(v));
    out[key] = { soft: value(m[1]), hard: value(m[2]) };
  }
  return out;
}

// The shared libraries mapped into the process, in the order they were mapped.
function sharedObjects() {
  const seen = new Set();
  for (const line of readProc('/proc/self/maps').split('\n')) {
    const file = line.slice(line.indexOf('/'));
    if (line.indexOf('/') === -1) {
      if (line.endsWith('[vdso]')) seen.add('linux-vdso.so.1');
    } else if (/\.so(\.|$)/.test(path.basename(file))) {
      seen.add(file);
    }
  }
  return [...seen];
}

function buildReport(event, trigger, filename, err) {
  return {
    header: header(event, trigger, filename),
    javascriptStack: javascriptStack(err),
    javascriptHeap: javascriptHeap(),
    nativeStack: [],
    resourceUsage: resourceUsage(),
    uvthreadResourceUsage: threadResourceUsage(),
    libuv: libuvHandles(),
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: userLimits(),
    sharedObjects: sharedObjects(),
  };
}

function defaultFilename() {
  const d = new Date();
  const p = (n, w = 2) => String(n).padStart(w, '0');
  return `report.${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}.` +
    `${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}.${process.pid}.0.${p(++sequence, 3)}.json`;
}

/** Writes a report (node's TriggerNodeReport) and returns the file name it went to. */
function writeReportFile(event, trigger, file, err) {
  // Named as given (the header and the return value say so), written in report.directory.
  const filename = file || config.filename || defaultFilename();
  const toStdio = filename === 'stdout' || filename === 'stderr';
  const target = config.directory && !path.isAbsolute(filename) ? path.join(config.directory, filename) : filename;
  const report = buildReport(event, trigger, filename, err);
  const json = config.compact ? JSON.stringify(report) : JSON.stringify(report, null, 2);
  const stderr = require('internal/process/stdio').writeStderrSync;
  if (toStdio) {
    fs.writeSync(filename === 'stdout' ? 1 : 2, `${json}\n`);
  } else {
    stderr(`\nWriting Node.js report to file: ${filename}\n`);
    try {
      fs.writeFileSync(target, `${json}\n`);
    } catch (e) {
      stderr(`\nFailed to open Node.js report file: ${filename} (errno: ${-e.errno})\n`);
      return '';
    }
  }
  stderr('Node.js report completed\n');
  return filename;
}

function onReportSignal() {
  writeReportFile(config.signal, 'Signal', '', undefined);
}

const report = {
  writeReport(file, err) {
    if (typeof file === 'object' && file !== null) {
      err = file;
      file = undefined;
    } else if (file !== undefined) {
      validateString(file, 'file');
    }
    if (err === undefined) err = new Error('JavaScript API');
    else validateObject(err, 'err');
    return writeReportFile('JavaScript API', 'API', file, err);
  },
  getReport(err) {
    if (err !== undefined) validateObject(err, 'err');
    return buildReport('JavaScript API', 'GetReport', null, err);
  },
};

// The settings, in node's order: each is checked (and any listener moved) before it is kept.
const settings = {
  directory: (dir) => validateString(dir, 'directory'),
  filename: (name) => validateString(name, 'filename'),
  compact: (b) => validateBoolean(b, 'compact'),
  excludeNetwork: (b) => validateBoolean(b, 'excludeNetwork'),
  signal(sig) {
    validateString(sig, 'signal');
    validateSignalName(sig, 'signal');
    if (config.reportOnSignal) {
      process.removeListener(config.signal, onReportSignal);
      process.on(sig, onReportSignal);
    }
  },
  reportOnFatalError: (b) => validateBoolean(b, 'trigger'),
  reportOnSignal(b) {
    validateBoolean(b, 'trigger');
    if (b && !config.reportOnSignal) process.on(config.signal, onReportSignal);
    else if (!b && config.reportOnSignal) process.removeListener(config.signal, onReportSignal);
  },
  reportOnUncaughtException(b) {
    validateBoolean(b, 'trigger');
    require('internal/process/execution').setFatalReport(b ? onUncaughtException : null);
  },
};
for (const [name, check] of Object.entries(settings)) {
  Object.defineProperty(report, name, {
    get() { return config[name]; },
    set(value) {
      check(value);
      config[name] = value;
    },
    enumerable: true,
    configurable: true,
  });
}

/** The fatal-exception path calls this while reportOnUncaughtException is on. */
function onUncaughtException(err) {
  const isObject = typeof err === 'object' && err !== null;
  writeReportFile('Exception', 'Exception', '', isObject ? err : new Error(String(err)));
}

module.exports = { report };
