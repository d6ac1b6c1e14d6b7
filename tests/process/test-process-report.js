'use strict';
// process.report: the diagnostic report's shape and contents (what detect-libc and support
// tooling read: the glibc version, the command line, handles, limits, libraries), writeReport's
// file naming and options, the signal and uncaught-exception triggers, and bad input.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-report-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const desc = Object.getOwnPropertyDescriptor(process, 'report');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.enumerable, true);

const server = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const r = process.report.getReport();
    assert.deepStrictEqual(Object.keys(r), ['header', 'javascriptStack', 'javascriptHeap', 'nativeStack',
      'resourceUsage', 'uvthreadResourceUsage', 'libuv', 'workers', 'environmentVariables', 'userLimits',
      'sharedObjects']);
    const h = r.header;
    assert.strictEqual(h.event, 'JavaScript API');
    assert.strictEqual(h.trigger, 'GetReport');
    assert.strictEqual(h.filename, null);
    assert.strictEqual(h.processId, process.pid);
    assert.strictEqual(h.cwd, process.cwd());
    assert.strictEqual(h.commandLine[0], process.argv0);
    assert.strictEqual(path.resolve(h.commandLine.at(-1)), process.argv.at(-1)); // as typed
    assert.strictEqual(h.nodejsVersion, process.version);
    assert.deepStrictEqual(h.componentVersions, process.versions);
    assert.strictEqual(h.arch, process.arch);
    assert.strictEqual(h.osRelease, os.release());
    assert.strictEqual(h.host, os.hostname());
    assert.strictEqual(h.cpus.length, os.cpus().length);
    assert.match(h.dumpEventTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // This machine runs glibc; its version is what tells glibc from musl.
    assert.match(h.glibcVersionRuntime, /^2\.\d+$/);
    assert.ok(r.sharedObjects.some((so) => /\/libc\.so/.test(so)), r.sharedObjects.join());

    assert.strictEqual(r.javascriptStack.message, 'Error [ERR_SYNTHETIC]: JavaScript Callstack');
    assert.match(r.javascriptStack.stack[0], /getReport/);
    assert.ok(r.javascriptStack.stack[1].includes('test-process-report.js'), r.javascriptStack.stack[1]);
    assert.ok(r.javascriptHeap.usedMemory > 0);
    assert.ok(r.javascriptHeap.heapSpaces.old_space);
    assert.ok(r.resourceUsage.rss > 0);
    assert.ok(r.resourceUsage.userCpuSeconds > 0);
    assert.strictEqual(r.environmentVariables.PATH, process.env.PATH);
    const nofile = r.userLimits.open_files.soft;
    assert.ok(nofile === 'unlimited' || nofile > 0);

    // The listening socket and both ends of the connection, as libuv lists them.
    const port = server.address().port;
    const tcp = r.libuv.filter((e) => e.type === 'tcp');
    const listener = tcp.find((e) => e.localEndpoint?.port === port && e.remoteEndpoint === null);
    assert.ok(listener, JSON.stringify(tcp));
    assert.strictEqual(listener.is_active, true);
    const outbound = tcp.find((e) => e.remoteEndpoint?.port === port);
    assert.ok(outbound);
    assert.strictEqual(outbound.localEndpoint.port, client.localPort);
    assert.strictEqual(outbound.writable, true);
    assert.ok(outbound.sendBufferSize > 0 && outbound.recvBufferSize > 0);
    assert.ok(r.libuv.some((e) => e.type === 'loop'));

    // An error of one's own becomes the JavaScript stack.
    const err = new TypeError('mine');
    err.extra = 5;
    const withErr = process.report.getReport(err);
    assert.strictEqual(withErr.javascriptStack.message, 'TypeError: mine');
    assert.deepStrictEqual(withErr.javascriptStack.errorProperties, { extra: '5' });

    client.destroy();
    server.close();
  }));
}));

// writeReport: a named file in report.directory, compact on request.
process.report.directory = dir;
assert.strictEqual(process.report.directory, dir);
// The name comes back (and goes in the header) as given; the file is in the directory.
const named = process.report.writeReport('named.json');
assert.strictEqual(named, 'named.json');
const written = JSON.parse(fs.readFileSync(path.join(dir, 'named.json'), 'utf8'));
assert.strictEqual(written.header.trigger, 'API');
assert.strictEqual(written.header.filename, 'named.json');
process.report.compact = true;
const compact = process.report.writeReport(new Error('e'));
assert.match(compact, /^report\.\d{8}\.\d{6}\.\d+\.0\.\d{3}\.json$/);
const compactText = fs.readFileSync(path.join(dir, compact), 'utf8');
assert.strictEqual(compactText.trim().split('\n').length, 1);
assert.strictEqual(JSON.parse(compactText).javascriptStack.message, 'Error: e');
process.report.compact = false;

// Bad input.
assert.throws(() => process.report.getReport(1), { code: 'ERR_INVALID_ARG_TYPE', message: /The "err" argument must be of type object/ });
assert.throws(() => process.report.writeReport(1), { code: 'ERR_INVALID_ARG_TYPE', message: /The "file" argument must be of type string/ });
assert.throws(() => { process.report.compact = 1; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { process.report.directory = 1; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { process.report.signal = 'NOPE'; }, { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: NOPE' });
assert.throws(() => { process.report.reportOnSignal = 'yes'; }, { code: 'ERR_INVALID_ARG_TYPE' });

// reportOnSignal listens on report.signal, and follows it when it changes.
const usr2 = process.listenerCount('SIGUSR2');
process.report.reportOnSignal = true;
assert.strictEqual(process.listenerCount('SIGUSR2'), usr2 + 1);
process.report.signal = 'SIGUSR1';
assert.strictEqual(process.listenerCount('SIGUSR2'), usr2);
assert.strictEqual(process.listenerCount('SIGUSR1'), 1);
process.report.reportOnSignal = false;
process.report.signal = 'SIGUSR2';
assert.strictEqual(process.listenerCount('SIGUSR1'), 0);

// The triggers, in child processes: a signal, and an uncaught exception (which still kills).
const bySignal = spawnSync(process.execPath, ['-e', `
  process.report.reportOnSignal = true;
  process.kill(process.pid, 'SIGUSR2');
  setTimeout(() => {}, 2000);
  const check = setInterval(() => { if (require('fs').readdirSync('.').length) process.exit(0); }, 20);
`], { cwd: dir, encoding: 'utf8', timeout: 60000 });
assert.strictEqual(bySignal.status, 0, bySignal.stderr);
assert.match(bySignal.stderr, /Writing Node\.js report to file: report\..*\.json\nNode\.js report completed/);
const signalFile = bySignal.stderr.match(/file: (\S+)/)[1];
const signalHeader = JSON.parse(fs.readFileSync(path.join(dir, signalFile), 'utf8')).header;
assert.strictEqual(signalHeader.event, 'SIGUSR2');
assert.strictEqual(signalHeader.trigger, 'Signal');

const byThrow = spawnSync(process.execPath, ['-e', `
  process.report.reportOnUncaughtException = true;
  setTimeout(() => { throw new RangeError('late'); }, 1);
`], { cwd: dir, encoding: 'utf8', timeout: 60000 });
assert.strictEqual(byThrow.status, 1);
assert.match(byThrow.stderr, /RangeError: late/);
const throwFile = byThrow.stderr.match(/file: (\S+)/)[1];
const thrown = JSON.parse(fs.readFileSync(path.join(dir, throwFile), 'utf8'));
assert.strictEqual(thrown.header.event, 'Exception');
assert.strictEqual(thrown.javascriptStack.message, 'RangeError: late');
