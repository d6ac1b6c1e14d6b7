'use strict';
// A listening net.Server and a connected net.Socket sent to a child with send(msg, handle):
// the child serves on them; the sent socket is closed in the sender (no keepOpen).
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const net = require('net');
const path = require('path');

const c = fork(path.join(__dirname, 'fixtures', 'server-child.js'));
c.once('message', common.mustCall((ready) => {
  assert.strictEqual(ready, 'ready');
  const server = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
    const { port } = server.address();
    assert.strictEqual(c.send('server', server, common.mustCall((err) => assert.strictEqual(err, null))), true);
    c.once('message', common.mustCall((m) => {
      assert.deepStrictEqual(m, { listening: true, type: 'Server' });
      server.close();
      let got = '';
      net.connect(port, '127.0.0.1').on('data', (d) => { got += d; }).on('end', common.mustCall(() => {
        assert.strictEqual(got, `served by ${c.pid}\n`);
        passSocket();
      }));
    }));
  }));
}));

function passSocket() {
  const srv = net.createServer(common.mustCall((sock) => {
    c.send('socket', sock);
    // Sent without keepOpen: the sender's socket gave its handle away.
    assert.strictEqual(sock._handle, null);
  })).listen(0, '127.0.0.1', common.mustCall(() => {
    let got = '';
    net.connect(srv.address().port, '127.0.0.1').on('data', (d) => { got += d; }).on('end', common.mustCall(() => {
      assert.strictEqual(got, `socket from ${c.pid}\n`);
      srv.close();
      c.send('bye');
    }));
  }));
}

c.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
