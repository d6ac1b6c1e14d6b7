'use strict';
// process.getActiveResourcesInfo() and process._getActiveHandles() list the open, ref'd net
// handles by node's names (TCPServerWrap, TCPSocketWrap, PipeWrap) and their owners; unref'd
// and closed ones are not listed.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const os = require('os');
const path = require('path');

const count = (name) => process.getActiveResourcesInfo().filter((t) => t === name).length;
assert.strictEqual(count('TCPServerWrap') + count('TCPSocketWrap'), 0);

const server = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(count('TCPServerWrap'), 1);
  assert.ok(process._getActiveHandles().includes(server));
  const client = net.connect(server.address().port, '127.0.0.1');
  server.once('connection', common.mustCall((accepted) => {
    assert.strictEqual(count('TCPSocketWrap'), 2); // ours and the accepted one
    const handles = process._getActiveHandles();
    assert.ok(handles.includes(client) && handles.includes(accepted));
    accepted.unref();
    assert.strictEqual(count('TCPSocketWrap'), 1);
    client.destroy();
    accepted.destroy();
    server.close(common.mustCall(() => {
      // Closed handles leave the list by the time their close is done (node: at its callback).
      setTimeout(common.mustCall(() => {
        assert.strictEqual(count('TCPServerWrap') + count('TCPSocketWrap'), 0);
        pipe();
      }), 50);
    }));
  }));
}));

function pipe() {
  const where = path.join(os.tmpdir(), `jnode-active-${process.pid}.sock`);
  const p = net.createServer().listen(where, common.mustCall(() => {
    assert.strictEqual(count('PipeWrap'), 1);
    p.unref();
    assert.strictEqual(count('PipeWrap'), 0);
    p.close();
  }));
}
