'use strict';
// dns.setServers/getServers and Resolver options: the accepted forms, their canonical text,
// node's validation errors, setLocalAddress, and refusing new servers while a query is pending.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');

const r = new dns.Resolver();
r.setServers(['1.2.3.4', '[::1]:53', '[::1]:5353', '1.2.3.4:5353', '::2', '[fe80::1]']);
assert.deepStrictEqual(r.getServers(), ['1.2.3.4', '::1', '[::1]:5353', '1.2.3.4:5353', '::2', 'fe80::1']);
r.setServers([]);
assert.deepStrictEqual(r.getServers(), []);

assert.throws(() => r.setServers(['127.0.0.1:va']), {
  code: 'ERR_INVALID_IP_ADDRESS', name: 'TypeError', message: 'Invalid IP address: 127.0.0.1:va',
});
assert.throws(() => r.setServers(['foobar']), { code: 'ERR_INVALID_IP_ADDRESS' });
assert.throws(() => r.setServers([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "servers[0]" argument must be of type string. Received type number (1)',
});
assert.throws(() => r.setServers('1.2.3.4'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new dns.Resolver({ timeout: -2 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new dns.Resolver({ tries: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => r.resolve('x', 'Q', common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'rrtype' is invalid. Received 'Q'",
});
assert.throws(() => r.resolve('x', 5, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => r.resolve4(5, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be of type string. Received type number (5)',
});
assert.throws(() => r.resolveMx('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => r.reverse('1.2.3', common.mustNotCall()), (err) => {
  assert.strictEqual(err.message, 'getHostByAddr EINVAL 1.2.3');
  assert.deepStrictEqual({ ...err }, { errno: -22, code: 'EINVAL', syscall: 'getHostByAddr', hostname: '1.2.3' });
  return true;
});

r.setLocalAddress('127.0.0.1');
r.setLocalAddress('::1');
r.setLocalAddress('127.0.0.1', '::1');
assert.throws(() => r.setLocalAddress('127.0.0.1', '127.0.0.1'),
              { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Cannot specify two IPv4 addresses.' });
assert.throws(() => r.setLocalAddress('bad'), { code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid IP address.' });
assert.throws(() => r.setLocalAddress(123), { code: 'ERR_INVALID_ARG_TYPE' });

// A pending query pins the servers (c-ares refuses); dns.setServers swaps in a fresh resolver.
// Port 9 on 127.0.0.1 (discard) has no DNS server: the query ends with ECONNREFUSED or ETIMEOUT.
const busy = new dns.Resolver({ timeout: 100, tries: 1 });
busy.setServers(['127.0.0.1:9']);
busy.resolve4('example.test', common.mustCall((err) => {
  assert.ok(['ECONNREFUSED', 'ETIMEOUT'].includes(err.code), err.code);
}));
assert.throws(() => busy.setServers(['127.0.0.1']), {
  code: 'ERR_DNS_SET_SERVERS_FAILED',
  message: 'c-ares failed to set servers: "There are pending queries." [[ \'127.0.0.1\' ]]',
});

const before = dns.getServers();
assert.ok(before.length > 0);
dns.setServers(['127.0.0.2:5300']);
assert.deepStrictEqual(dns.getServers(), ['127.0.0.2:5300']);
assert.deepStrictEqual(dns.promises.getServers(), ['127.0.0.2:5300']);
dns.setServers(before);
assert.deepStrictEqual(dns.getServers(), before);
