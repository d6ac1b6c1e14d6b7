'use strict';
// The os module: uname/hostname/priorities/passwd through the os binding, memory, load and CPU
// figures from /proc (as libuv reads them), and interfaces in node's shape.

const binding = internalBinding('os');
const { os: osConstants } = require('internal/constants');
const { codes: { ERR_SYSTEM_ERROR } } = require('internal/errors');
const { uvErrmapGet } = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// A failed call surfaces as node's SystemError with the uv_* name node reports.
function systemError(errno, syscall) {
  const [code, message] = uvErrmapGet(errno) || ['UNKNOWN', 'unknown error'];
  return new ERR_SYSTEM_ERROR({ errno, code, message, syscall });
}

function checked(result, syscall) {
  if (typeof result === 'number') throw systemError(result, syscall);
  return result;
}

function readProc(path) {
  return binding.readProcFile(path);
}

function getHostname() {
  return checked(binding.hostname(), 'uv_os_gethostname');
}

function uname() {
  return checked(binding.uname(), 'uv_os_uname');
}

function getOSType() {
  return uname()[0];
}

function getOSRelease() {
  return uname()[2];
}

function getOSVersion() {
  return uname()[3];
}

function getMachine() {
  return uname()[4];
}

function getUptime() {
  const text = readProc('/proc/uptime');
  if (text == null) throw systemError(-5, 'uv_uptime');
  return Number(text.split(' ')[0]);
}

function loadavg() {
  const text = readProc('/proc/loadavg');
  if (text == null) return [0, 0, 0];
  const f = text.split(' ');
  return [Number(f[0]), Number(f[1]), Number(f[2])];
}

function meminfo(field) {
  const text = readProc('/proc/meminfo') ?? '';
  const m = new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(text);
  return m ? Number(m[1]) * 1024 : undefined;
}

function getTotalMem() {
  return meminfo('MemTotal') ?? 0;
}

function getFreeMem() {
  return meminfo('MemAvailable') ?? meminfo('MemFree') ?? 0;
}

function cpus() {
  const info = readProc('/proc/cpuinfo') ?? '';
  const models = [];
  for (const m of info.matchAll(/^model name\s*:\s*(.*)$/gm)) models.push(m[1]);
  const stat = readProc('/proc/stat') ?? '';
  const result = [];
  // Ticks of 1/100 s (USER_HZ) to milliseconds, as libuv reports them.
  const ms = 10;
  for (const line of stat.split('\n')) {
    const m = /^cpu(\d+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const n = Number(m[1]);
    const t = m[2].trim().split(/\s+/).map(Number);
    const freq = readProc(`/sys/devices/system/cpu/cpu${n}/cpufreq/scaling_cur_freq`);
    result.push({
      model: models[n] ?? models[0] ?? 'unknown',
      speed: freq != null ? Math.floor(Number(freq) / 1000) : 0,
      times: { user: t[0] * ms, nice: t[1] * ms, sys: t[2] * ms, idle: t[3] * ms, irq: t[5] * ms },
    });
  }
  return result;
}

function getHomeDirectory() {
  const home = process.env.HOME;
  if (home) return home;
  const pw = checked(binding.userInfo(process.geteuid()), 'uv_os_homedir');
  return pw[3];
}

function tmpdir() {
  const path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) return path.slice(0, -1);
  return path;
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const pw = checked(binding.userInfo(process.geteuid()), 'uv_os_get_passwd');
  const encode = (s) => {
    if (s == null) return s;
    if (options?.encoding === 'buffer') return require('buffer').Buffer.from(s);
    return s;
  };
  const user = { __proto__: null };
  user.uid = Number(pw[1]);
  user.gid = Number(pw[2]);
  user.username = encode(pw[0]);
  user.homedir = encode(pw[3]);
  user.shell = encode(pw[4]);
  return user;
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  const [err, prio] = binding.getPriority(pid);
  if (err !== 0) throw systemError(err, 'uv_os_getpriority');
  return prio;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const err = binding.setPriority(pid, priority);
  if (err !== 0) throw systemError(err, 'uv_os_setpriority');
}

function availableParallelism() {
  return binding.availableParallelism();
}

// --- interfaces ---------------------------------------------------------------------

function formatIPv6(bytes) {
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
  // IPv4-mapped addresses print their tail dotted, as inet_ntop does.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${bytes.slice(12).join('.')}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  const head = hex.slice(0, bestStart).join(':');
  const tail = hex.slice(bestStart + bestLen).join(':');
  return `${head}::${tail}`;
}

function maskBytes(prefix, length) {
  const out = [];
  for (let i = 0; i < length; i++) {
    const bits = Math.max(0, Math.min(8, prefix - i * 8));
    out.push(bits === 0 ? 0 : (0xff << (8 - bits)) & 0xff);
  }
  return out;
}

function networkInterfaces() {
  const result = {};
  for (const row of binding.interfaces()) {
    const [name, family, rawBytes, prefix, mac, internal, scopeid] = row;
    const bytes = Array.from(rawBytes);
    const v4 = family === 4;
    const address = v4 ? bytes.join('.') : formatIPv6(bytes);
    const netmask = v4 ? maskBytes(prefix, 4).join('.') : formatIPv6(maskBytes(prefix, 16));
    const entry = {
      address,
      netmask,
      family: v4 ? 'IPv4' : 'IPv6',
      mac,
      internal,
      cidr: `${address}/${prefix}`,
    };
    // Only link-local addresses carry a scope in their sockaddr.
    if (!v4) entry.scopeid = bytes[0] === 0xfe && (bytes[1] & 0xc0) === 0x80 ? scopeid : 0;
    (result[name] ??= []).push(entry);
  }
  // The kernel lists an interface's link-local IPv6 address after its other ones.
  const linkLocal = (e) => (e.family === 'IPv6' && e.scopeid !== 0 ? 1 : 0);
  for (const list of Object.values(result)) list.sort((a, b) => linkLocal(a) - linkLocal(b));
  return result;
}

// --- exports --------------------------------------------------------------------------

function arch() {
  return process.arch;
}
function platform() {
  return process.platform;
}
function endianness() {
  return 'LE';
}

// Legacy: these functions also coerce to their value (`${os.hostname}`), as in node.
for (const [fn, get] of [[getFreeMem], [getHostname], [getOSVersion], [getOSType], [getOSRelease],
  [getMachine], [getHomeDirectory], [getTotalMem], [getUptime], [arch], [platform], [tmpdir],
  [endianness], [availableParallelism]]) {
  fn[Symbol.toPrimitive] = get ?? (() => fn());
}

function nullProto(obj) {
  const out = { __proto__: null };
  for (const [k, v] of Object.entries(obj)) out[k] = v;
  return out;
}
const constants = nullProto({
  UV_UDP_REUSEADDR: osConstants.UV_UDP_REUSEADDR,
  dlopen: nullProto(osConstants.dlopen),
  errno: nullProto(osConstants.errno),
  signals: nullProto(osConstants.signals),
  priority: nullProto(osConstants.priority),
});

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
