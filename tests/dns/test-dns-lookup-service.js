'use strict';
// dns.lookupService (getnameinfo): 127.0.0.1 is named from /etc/hosts, in the callback, promise
// and promisify forms; bad arguments get node's errors before anything is asked.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const util = require('util');

const isService = (s, name, port) => s === name || s === String(port);

dns.lookupService('127.0.0.1', 80, common.mustCall((err, hostname, service) => {
  assert.ifError(err);
  assert.ok(typeof hostname === 'string' && hostname.length > 0, hostname);
  assert.ok(isService(service, 'http', 80), service);
}));
dns.promises.lookupService('127.0.0.1', 443).then(common.mustCall(({ hostname, service }) => {
  assert.ok(typeof hostname === 'string' && hostname.length > 0, hostname);
  assert.ok(isService(service, 'https', 443), service);
}));
util.promisify(dns.lookupService)('127.0.0.1', 22).then(common.mustCall((r) => {
  assert.deepStrictEqual(Object.keys(r), ['hostname', 'service']);
}));

assert.throws(() => dns.lookupService('x', 80, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'address' is invalid. Received 'x'",
});
assert.throws(() => dns.lookupService('127.0.0.1', 99999, common.mustNotCall()), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'Port should be >= 0 and < 65536. Received type number (99999).',
});
assert.throws(() => dns.lookupService('127.0.0.1', 80), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address", "port", and "callback" arguments must be specified',
});
assert.throws(() => dns.promises.lookupService('127.0.0.1'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "address" and "port" arguments must be specified',
});
assert.throws(() => dns.lookupService(1, 80, common.mustNotCall()), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
