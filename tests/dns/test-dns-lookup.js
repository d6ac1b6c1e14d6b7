'use strict';
// dns.lookup and dns.promises.lookup: localhost, IP literals, all/family options, ENOTFOUND.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

dns.lookup('localhost', common.mustSucceed((address, family) => {
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));

dns.lookup('localhost', { all: true, family: 4 }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list, [{ address: '127.0.0.1', family: 4 }]);
}));

dns.lookup('::1', { all: true }, common.mustSucceed((list) => {
  assert.deepStrictEqual(list, [{ address: '::1', family: 6 }]);
}));

dns.lookup('10.1.2.3', common.mustSucceed((address, family) => {
  assert.strictEqual(address, '10.1.2.3');
  assert.strictEqual(family, 4);
}));

dns.lookup('nonexistent.invalid', common.mustCall((err) => {
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nonexistent.invalid');
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.errno, -3008);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nonexistent.invalid');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
}));

dns.promises.lookup('localhost').then(common.mustCall((r) => {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
}));
dns.promises.lookup('nonexistent.invalid').catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
}));
require('util').promisify(dns.lookup)('localhost').then(common.mustCall((r) => {
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
}));

assert.throws(() => dns.lookup(5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hostname" argument must be of type string. Received type number (5)',
});
assert.throws(() => dns.lookup('localhost', { family: 5 }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('localhost', { hints: 1 }, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => dns.lookup('localhost'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
