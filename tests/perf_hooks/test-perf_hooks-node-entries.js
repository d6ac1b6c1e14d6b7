'use strict';
// The entries net, http and dns give a PerformanceObserver: a TCP connect (not a pipe's), each
// request on the server and the client, and each lookup that succeeds; none without an observer.
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');
const http = require('http');
const net = require('net');
const dns = require('dns');
const os = require('os');
const path = require('path');

const entries = [];
const obs = new PerformanceObserver((list) => entries.push(...list.getEntries()));
obs.observe({ entryTypes: ['net', 'http', 'dns'] });

function byName(name) {
  return entries.filter((e) => e.name === name);
}

const pipe = path.join(os.tmpdir(), `jnode-perf-${process.pid}.sock`);
const server = http.createServer((req, res) => {
  res.setHeader('x-res', '1');
  res.end('x');
});
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await new Promise((resolve) => {
    http.get({ host: 'localhost', port, path: '/a?b=1', headers: { 'x-y': 'z' } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
  });
  // A pipe connect makes no 'net' entry.
  await new Promise((resolve) => {
    const pipeServer = net.createServer((s) => s.end()).listen(pipe, () => {
      net.connect(pipe).on('end', () => pipeServer.close(resolve)).resume();
    });
  });
  // A failed lookup makes no entry; dns.promises and lookupService do.
  await new Promise((resolve) => dns.lookup('no-such-host.invalid', (err) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    resolve();
  }));
  await dns.promises.lookup('localhost', { family: 4 });
  await dns.promises.lookupService('127.0.0.1', 22);
  server.close();
  setTimeout(check, 50, port);
});

function check(port) {
  obs.disconnect();
  for (const e of entries) {
    assert.strictEqual(e.constructor.name, 'PerformanceNodeEntry');
    assert.strictEqual(typeof e.startTime, 'number');
    assert.ok(e.duration >= 0);
    assert.deepStrictEqual(Object.keys(e.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
  }

  const connects = byName('connect');
  assert.strictEqual(connects.length, 1);
  assert.strictEqual(connects[0].entryType, 'net');
  assert.deepStrictEqual(connects[0].detail, { host: '127.0.0.1', port });

  const [request] = byName('HttpRequest');
  assert.strictEqual(request.entryType, 'http');
  assert.deepStrictEqual(request.detail.req, {
    method: 'GET', url: '/a?b=1', headers: { 'x-y': 'z', host: `localhost:${port}`, connection: 'keep-alive' },
  });
  assert.deepStrictEqual(request.detail.res, { statusCode: 200, statusMessage: 'OK', headers: { __proto__: null, 'x-res': '1' } });

  const [client] = byName('HttpClient');
  assert.strictEqual(client.entryType, 'http');
  assert.deepStrictEqual(client.detail.req, {
    method: 'GET', url: 'http://localhost/a?b=1', headers: { __proto__: null, 'x-y': 'z', host: `localhost:${port}` },
  });
  assert.strictEqual(client.detail.res.statusCode, 200);
  assert.strictEqual(client.detail.res.headers['x-res'], '1');

  // The client's own lookup of localhost (all addresses, as objects), then dns.promises (strings).
  const lookups = byName('lookup');
  assert.strictEqual(lookups.length, 2);
  assert.strictEqual(lookups[0].entryType, 'dns');
  assert.strictEqual(lookups[0].detail.hostname, 'localhost');
  assert.ok(lookups[0].detail.addresses.some((a) => a.address === '127.0.0.1' && a.family === 4));
  assert.deepStrictEqual(lookups[1].detail, {
    hostname: 'localhost', family: 4, hints: 0, verbatim: true, order: 'verbatim', addresses: ['127.0.0.1'],
  });

  const [service] = byName('lookupService');
  assert.deepStrictEqual(Object.keys(service.detail), ['host', 'port', 'hostname', 'service']);
  assert.strictEqual(service.detail.host, '127.0.0.1');
  assert.strictEqual(service.detail.port, 22);
}
