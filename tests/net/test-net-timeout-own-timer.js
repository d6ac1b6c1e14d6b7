'use strict';
// A socket's idle timeout runs on the runtime's own timer, as in node: replacing the global
// setTimeout/clearTimeout (as fake-timer libraries do) neither breaks it nor sees it, and it
// never holds the process open by itself.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const realSetTimeout = globalThis.setTimeout;
const server = net.createServer((sock) => sock.resume().unref());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  globalThis.setTimeout = common.mustNotCall('global setTimeout');
  globalThis.clearTimeout = common.mustNotCall('global clearTimeout');

  const c = net.connect(server.address().port, '127.0.0.1');
  const start = Date.now();
  c.setTimeout(50);
  c.on('timeout', common.mustCall(() => {
    assert.ok(Date.now() - start >= 40, `timed out after ${Date.now() - start} ms`);
    c.setTimeout(0);
    // An idle timeout far away, on an unref'd socket of an unref'd server: nothing is left to
    // keep the process alive, so it exits now rather than in a minute.
    c.setTimeout(60000);
    c.unref();
    server.unref();
  }));
}));

const watchdog = realSetTimeout(() => assert.fail('the idle timeout held the process open'), 20000);
watchdog.unref();
