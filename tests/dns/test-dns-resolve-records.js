'use strict';
// dns.Resolver against a DNS server this test runs on 127.0.0.1 (dgram, canned answers): every
// record type's result shape, {ttl: true}, NXDOMAIN/empty/SERVFAIL/REFUSED errors, reverse,
// and the promise API. Passes under node too.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');
const net = require('net');

const T = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257 };

function name(n) {
  const parts = n.split('.').filter(Boolean).map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)]));
  return Buffer.concat([...parts, Buffer.from([0])]);
}
function u16(n) { const b = Buffer.alloc(2); b.writeUInt16BE(n); return b; }
function u32(n) { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; }
function str(s) { return Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]); }

const rdata = {
  A: (a) => Buffer.from(a.split('.').map(Number)),
  AAAA: (a) => Buffer.from(a.replace('::', ':0:0:0:0:0:').split(':').filter(Boolean)
    .flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 255])),
  NS: name, CNAME: name, PTR: name,
  MX: ([priority, exchange]) => Buffer.concat([u16(priority), name(exchange)]),
  TXT: (chunks) => Buffer.concat(chunks.map(str)),
  SRV: ([priority, weight, port, target]) => Buffer.concat([u16(priority), u16(weight), u16(port), name(target)]),
  NAPTR: ([order, pref, flags, service, regexp, repl]) =>
    Buffer.concat([u16(order), u16(pref), str(flags), str(service), str(regexp), name(repl)]),
  SOA: ([ns, host, ...nums]) => Buffer.concat([name(ns), name(host), ...nums.map(u32)]),
  CAA: ([flags, tag, value]) => Buffer.concat([Buffer.from([flags, tag.length]), Buffer.from(tag), Buffer.from(value)]),
};

// name -> { rcode, answers: [[type, ttl, value]] }
const zone = {
  'example.test': { answers: [
    ['A', 300, '10.0.0.1'], ['A', 60, '10.0.0.2'], ['AAAA', 120, '2001:db8::1'],
    ['MX', 100, [10, 'mx1.example.test']], ['MX', 100, [20, 'mx2.example.test']],
    ['NS', 100, 'ns1.example.test'], ['TXT', 100, ['v=spf1', ' -all']], ['TXT', 100, ['hello']],
    ['SOA', 100, ['ns1.example.test', 'admin.example.test', 2024010101, 7200, 3600, 1209600, 300]],
    ['CAA', 100, [0, 'issue', 'ca.example.net']],
  ] },
  'alias.example.test': { answers: [['CNAME', 50, 'example.test'], ['A', 300, '10.0.0.1']] },
  '_sip._udp.example.test': { answers: [['SRV', 100, [1, 5, 5060, 'sip.example.test']]] },
  'naptr.example.test': { answers: [['NAPTR', 100, [100, 10, 'S', 'SIP+D2U', '', '_sip._udp.example.test']]] },
  '4.3.2.1.in-addr.arpa': { answers: [['PTR', 100, 'host.example.test']] },
  'big.example.test': { answers: Array.from({ length: 40 }, (_, i) => ['TXT', 100, [`record ${i} `.padEnd(40, '.')]]) },
  'empty.example.test': { answers: [] },
  'servfail.example.test': { rcode: 2, answers: [] },
  'refused.example.test': { rcode: 5, answers: [] },
};

function answer(msg, overUdp) {
  const id = msg.readUInt16BE(0);
  let o = 12;
  const labels = [];
  while (msg[o] !== 0) {
    labels.push(msg.toString('latin1', o + 1, o + 1 + msg[o]));
    o += msg[o] + 1;
  }
  const qtype = msg.readUInt16BE(o + 1);
  const question = msg.subarray(12, o + 5);
  const qname = labels.join('.');
  const entry = zone[qname];
  const records = entry ? entry.answers.filter(([type]) => qtype === T.ANY || T[type] === qtype) : [];
  const rcode = entry ? (entry.rcode || 0) : 3;
  const rrs = records.map(([type, ttl, value]) => {
    const data = rdata[type](value);
    return Buffer.concat([name(qname), u16(T[type]), u16(1), u32(ttl), u16(data.length), data]);
  });
  // Over 512 bytes does not fit a plain UDP answer: truncated (TC), to be asked again over TCP.
  const full = Buffer.concat([u16(id), u16(0x8180 | rcode), u16(1), u16(rrs.length), u16(0), u16(0), question, ...rrs]);
  if (!overUdp || full.length <= 512) return full;
  return Buffer.concat([u16(id), u16(0x8380 | rcode), u16(1), u16(0), u16(0), u16(0), question]);
}

const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  const qname = msg.toString('latin1', 13, 13 + msg[12]);
  if (qname === 'silent') return; // never answers: the client times out
  server.send(answer(msg, true), rinfo.port, rinfo.address);
});

// The same port over TCP, for truncated answers: 2-byte length prefixes both ways.
const tcpServer = net.createServer(common.mustCall((conn) => {
  conn.once('data', (data) => {
    const reply = answer(data.subarray(2, 2 + data.readUInt16BE(0)), false);
    conn.end(Buffer.concat([u16(reply.length), reply]));
  });
}));

server.bind(0, '127.0.0.1', common.mustCall(() => {
  tcpServer.listen(server.address().port, '127.0.0.1', common.mustCall(run));
}));

async function run() {
  // Generous timeouts: a cold runtime on a busy machine is slow to answer its first queries.
  const resolver = new dns.Resolver({ timeout: 15000, tries: 1 });
  resolver.setServers([`127.0.0.1:${server.address().port}`]);
  assert.deepStrictEqual(resolver.getServers(), [`127.0.0.1:${server.address().port}`]);
  const p = new dns.promises.Resolver({ timeout: 15000, tries: 1 });
  p.setServers(resolver.getServers());
  const q = (method, ...args) => new Promise((resolve, reject) => {
    resolver[method](...args, (err, result) => (err ? reject(err) : resolve(result)));
  });

  assert.deepStrictEqual(await q('resolve4', 'example.test'), ['10.0.0.1', '10.0.0.2']);
  assert.deepStrictEqual(await q('resolve4', 'example.test', { ttl: true }),
                         [{ address: '10.0.0.1', ttl: 300 }, { address: '10.0.0.2', ttl: 60 }]);
  assert.deepStrictEqual(await q('resolve6', 'example.test', { ttl: true }), [{ address: '2001:db8::1', ttl: 120 }]);
  assert.deepStrictEqual(await q('resolve', 'example.test', 'AAAA'), ['2001:db8::1']);
  assert.deepStrictEqual(await q('resolve', 'example.test'), ['10.0.0.1', '10.0.0.2']);
  assert.deepStrictEqual(await q('resolveMx', 'example.test'),
                         [{ exchange: 'mx1.example.test', priority: 10 }, { exchange: 'mx2.example.test', priority: 20 }]);
  assert.deepStrictEqual(await q('resolveNs', 'example.test'), ['ns1.example.test']);
  assert.deepStrictEqual(await q('resolveTxt', 'example.test'), [['v=spf1', ' -all'], ['hello']]);
  assert.deepStrictEqual(await q('resolveSoa', 'example.test'), {
    nsname: 'ns1.example.test', hostmaster: 'admin.example.test', serial: 2024010101,
    refresh: 7200, retry: 3600, expire: 1209600, minttl: 300,
  });
  const big = await q('resolveTxt', 'big.example.test');
  assert.strictEqual(big.length, 40);
  assert.deepStrictEqual(big[39], ['record 39 '.padEnd(40, '.')]);
  assert.deepStrictEqual(await q('resolveCaa', 'example.test'), [{ critical: 0, issue: 'ca.example.net' }]);
  assert.deepStrictEqual(await q('resolveCname', 'alias.example.test'), ['example.test']);
  assert.deepStrictEqual(await q('resolve4', 'alias.example.test'), ['10.0.0.1']);
  assert.deepStrictEqual(await q('resolveSrv', '_sip._udp.example.test'),
                         [{ name: 'sip.example.test', port: 5060, priority: 1, weight: 5 }]);
  assert.deepStrictEqual(await q('resolveNaptr', 'naptr.example.test'), [{
    flags: 'S', service: 'SIP+D2U', regexp: '', replacement: '_sip._udp.example.test', order: 100, preference: 10,
  }]);
  assert.deepStrictEqual(await q('resolvePtr', '4.3.2.1.in-addr.arpa'), ['host.example.test']);
  assert.deepStrictEqual(await q('reverse', '1.2.3.4'), ['host.example.test']);

  const any = await q('resolveAny', 'example.test');
  assert.deepStrictEqual(any.map((r) => r.type), ['A', 'A', 'AAAA', 'MX', 'MX', 'NS', 'TXT', 'TXT', 'SOA', 'CAA']);
  assert.deepStrictEqual(any[0], { address: '10.0.0.1', ttl: 300, type: 'A' });
  assert.deepStrictEqual(any[3], { exchange: 'mx1.example.test', priority: 10, type: 'MX' });
  assert.deepStrictEqual(any[5], { value: 'ns1.example.test', type: 'NS' });
  assert.deepStrictEqual(any[6], { entries: ['v=spf1', ' -all'], type: 'TXT' });

  const failures = [
    ['resolve4', 'nowhere.example.test', 'ENOTFOUND', 'queryA'],
    ['resolveMx', 'empty.example.test', 'ENODATA', 'queryMx'],
    ['resolveTxt', 'servfail.example.test', 'ESERVFAIL', 'queryTxt'],
    ['resolveNs', 'refused.example.test', 'EREFUSED', 'queryNs'],
  ];
  for (const [method, host, code, syscall] of failures) {
    await assert.rejects(q(method, host), (err) => {
      assert.strictEqual(err.message, `${syscall} ${code} ${host}`);
      assert.deepStrictEqual({ ...err }, { errno: undefined, code, syscall, hostname: host });
      return true;
    });
  }

  // No answer: ETIMEOUT once the one try's timeout has passed.
  const quick = new dns.Resolver({ timeout: 100, tries: 1 });
  quick.setServers(resolver.getServers());
  const started = Date.now();
  await assert.rejects(new Promise((resolve, reject) => quick.resolve6('silent', (e) => (e ? reject(e) : resolve()))),
                       { message: 'queryAaaa ETIMEOUT silent', code: 'ETIMEOUT', syscall: 'queryAaaa', hostname: 'silent' });
  assert.ok(Date.now() - started >= 90, 'timed out too early');

  // The promise API, on its own resolver.
  assert.deepStrictEqual(await p.resolve4('example.test'), ['10.0.0.1', '10.0.0.2']);
  assert.deepStrictEqual(await p.resolve('example.test', 'NS'), ['ns1.example.test']);
  await assert.rejects(p.resolveSrv('nowhere.example.test'), { code: 'ENOTFOUND', syscall: 'querySrv' });

  // cancel(): every query in flight fails with ECANCELLED.
  resolver.resolve4('silent', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECANCELLED');
    assert.strictEqual(err.message, 'queryA ECANCELLED silent');
    server.close();
    tcpServer.close();
  }));
  resolver.cancel();
}
