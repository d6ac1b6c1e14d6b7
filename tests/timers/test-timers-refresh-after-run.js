'use strict';
// timeout.refresh() on a timer that has already run arms it again (node's documented rule), and
// on a cleared one does nothing, also when it was cleared after it ran. A socket's idle timeout
// works the same way: one that fired is re-armed by the next activity.
const common = require('../common');
const assert = require('assert');
const net = require('net');

let runs = 0; // mustCall(…, 2): it runs twice
const again = setTimeout(common.mustCall(() => {
  if (++runs === 1) setTimeout(() => again.refresh(), 10);
}, 2), 5);

const cleared = setTimeout(common.mustNotCall(), 5);
clearTimeout(cleared);
setTimeout(() => cleared.refresh(), 10);

const clearedAfterRun = setTimeout(common.mustCall(() => {
  clearTimeout(clearedAfterRun);
  setTimeout(() => clearedAfterRun.refresh(), 5);
}), 5);

// The socket's timeout fires, data comes, and the same timeout fires again.
const server = net.createServer((s) => {
  setTimeout(() => s.write('x'), 300);
  s.on('error', () => {});
}).listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setTimeout(100);
  let timeouts = 0;
  c.on('timeout', common.mustCall(() => {
    if (++timeouts === 2) {
      c.destroy();
      server.close();
    }
  }, 2));
  c.on('data', common.mustCall(() => assert.strictEqual(timeouts, 1)));
});
