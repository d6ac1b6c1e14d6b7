'use strict';
// socket.setTimeout() and ClientRequest#setTimeout() check their duration as node does: a bad one
// throws ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE, and one past 2^31-1 is cut to it with a
// TimeoutOverflowWarning whose stack shows the caller (the warning is emitted synchronously).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const s = new net.Socket();
assert.throws(() => s.setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => s.setTimeout(Infinity), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => s.setTimeout('10'), { code: 'ERR_INVALID_ARG_TYPE' });
s.setTimeout(1.5); // a fraction is fine
s.setTimeout(0);

const req = http.request({ host: '127.0.0.1', port: 1 });
req.on('error', () => {});
assert.throws(() => req.setTimeout(-5), { code: 'ERR_OUT_OF_RANGE' });
req.setTimeout(2 ** 40);
req.destroy();

assert.throws(() => http.request({ host: '127.0.0.1', port: 1, timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });

setImmediate(common.mustCall(() => {
  assert.strictEqual(warnings.length, 1);
  const [w] = warnings;
  assert.strictEqual(w.name, 'TimeoutOverflowWarning');
  assert.strictEqual(w.message, '1099511627776 does not fit into a 32-bit signed integer.\n' +
                                'Timer duration was truncated to 2147483647.');
  assert.ok(w.stack.includes(__filename), w.stack);
}));
