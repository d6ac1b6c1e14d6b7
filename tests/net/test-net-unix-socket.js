'use strict';
// A Unix-domain socket server and client: address() is the path, data flows both ways, a stale
// path gives EADDRINUSE, a missing one ENOENT, and close removes the socket file.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-net-'));
const sockPath = path.join(dir, 'test.sock');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const server = net.createServer(common.mustCall((sock) => {
  assert.strictEqual(sock.remoteAddress, undefined);
  sock.setEncoding('utf8');
  sock.on('data', (d) => sock.end(d.toUpperCase()));
}));

server.listen(sockPath, common.mustCall(() => {
  assert.strictEqual(server.address(), sockPath);
  assert.ok(fs.statSync(sockPath).isSocket());

  const again = net.createServer().listen(sockPath);
  again.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use ${sockPath}`);
    assert.strictEqual(err.address, sockPath);
  }));

  const c = net.connect(sockPath, common.mustCall(() => {
    c.write('ping');
  }));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(got, 'PING');
    server.close(common.mustCall(() => {
      assert.strictEqual(fs.existsSync(sockPath), false);
    }));
  }));
}));

const missing = path.join(dir, 'missing.sock');
net.connect({ path: missing }).on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, `connect ENOENT ${missing}`);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, missing);
}));
