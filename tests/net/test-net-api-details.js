'use strict';
// Small parts of net's API as node has them: a pipe server's readableAll/writableAll modes,
// isIP's zone ids, a handle-less Socket's _handle, and _setSimultaneousAccepts' one warning.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const fs = require('fs');
const path = require('path');

// readableAll/writableAll add read/write for everyone to the socket file; without them the
// umask decides.
const dir = common.tmpdir('jnode-net-modes');
process.umask(0o022);
const cases = [
  [{}, 0],
  [{ readableAll: true }, 0o444],
  [{ writableAll: true }, 0o222],
  [{ readableAll: true, writableAll: true }, 0o666],
];
for (const [i, [options, want]] of cases.entries()) {
  const sockPath = path.join(dir, `s${i}.sock`);
  const server = net.createServer().listen({ path: sockPath, ...options }, common.mustCall(() => {
    const mode = fs.statSync(sockPath).mode;
    assert.strictEqual(mode & 0o666 & want, want, `${JSON.stringify(options)}: mode ${mode.toString(8)}`);
    if (!options.writableAll) assert.strictEqual(mode & 0o002, 0, `${JSON.stringify(options)}: world-writable`);
    server.close();
  }));
}

// Zone ids: letters, digits, '-', '.' and ':' only.
assert.strictEqual(net.isIP('fe80::1%eth0'), 6);
assert.strictEqual(net.isIP('fe80::1%en0.1:2-x'), 6);
assert.strictEqual(net.isIP('fe80::1%eth0@1'), 0);
assert.strictEqual(net.isIP('fe80::1%'), 0);
assert.strictEqual(net.isIP('fe80::1%eth 0'), 0);

// A socket without a handle has _handle null, also when its idle timeout fires.
const socket = new net.Socket();
assert.strictEqual(socket._handle, null);
socket.setTimeout(20, common.mustCall(() => assert.strictEqual(socket._handle, null)));
const keepAlive = setTimeout(() => {}, 500);

// Deprecated (DEP0121), and said once however often it is called.
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0121');
  assert.strictEqual(w.message, 'net._setSimultaneousAccepts() is deprecated and will be removed.');
}));
net._setSimultaneousAccepts();
net._setSimultaneousAccepts();
process.on('exit', () => clearTimeout(keepAlive));
