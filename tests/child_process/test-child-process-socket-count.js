'use strict';
// A server's sockets sent to another process still count for the server, as in node:
// getConnections() asks the holder (NODE_SOCKET_GET_COUNT), and close() emits 'close' only after
// the holder has closed them (NODE_SOCKET_NOTIFY_CLOSE → NODE_SOCKET_ALL_CLOSED). The holder is
// this runtime and the other (node under jnode, jnode under node), and the other is the parent too.
const common = require('../common');
const assert = require('assert');
const { execFile, fork } = require('child_process');
const net = require('net');
const path = require('path');

const jnode = process.env.JNODE || path.resolve(__dirname, '../../jnode');
const COUNT = 3;

function scenario(childExecPath, done) {
  const child = fork(path.join(__dirname, 'fixtures', 'socket-holder-child.js'), [], { execPath: childExecPath });
  const next = (want) => new Promise((resolve) => child.once('message', (m) => {
    assert.strictEqual(m, want, `${childExecPath}: expected ${want}`);
    resolve();
  }));
  const connections = (server) => new Promise((resolve, reject) =>
    server.getConnections((err, n) => (err ? reject(err) : resolve(n))));
  child.once('message', async (ready) => {
    assert.strictEqual(ready, 'ready');
    const server = net.createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const clients = [];
    for (let i = 1; i <= COUNT; i++) {
      const accepted = new Promise((resolve) => server.once('connection', resolve));
      clients.push(net.connect(server.address().port, '127.0.0.1').on('error', () => {}));
      child.send('socket', await accepted);
      await next(`got ${i}`);
    }
    assert.strictEqual(server._connections, 0, 'the sent sockets left the local count');
    assert.strictEqual(await connections(server), COUNT, `${childExecPath}: counted in the holder`);
    child.send('close 0');
    await next('closed 0');
    assert.strictEqual(await connections(server), COUNT - 1, `${childExecPath}: one closed`);

    // 'close' waits for the holder: it cannot come before the holder is told to close them.
    let holderTold = false;
    server.close(common.mustCall((err) => {
      assert.ifError(err);
      assert.ok(holderTold, `${childExecPath}: 'close' came while the holder still had sockets`);
      child.send('bye');
    }));
    setTimeout(() => {
      holderTold = true;
      child.send('close-all');
    }, 300);
    child.on('exit', common.mustCall((code) => {
      assert.strictEqual(code, 0);
      for (const c of clients) c.destroy();
      done();
    }));
  });
}

if (process.argv[2] === 'parent') {
  scenario(process.argv[3], () => console.log('ok'));
} else {
  const other = process.versions.jnode ? 'node' : jnode;
  scenario(process.execPath, common.mustCall(() => {
    scenario(other, common.mustCall(() => {
      execFile(other, [__filename, 'parent', process.execPath], { timeout: 120000 },
               common.mustSucceed((stdout) => assert.strictEqual(stdout, 'ok\n')));
    }));
  }));
}
