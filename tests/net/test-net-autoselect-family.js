'use strict';
// autoSelectFamily (happy eyeballs) as in node: the families alternate; an address that refuses
// hands over to the next one without ending the socket (data written meanwhile goes to the one
// that answers); one that does not answer within autoSelectFamilyAttemptTimeout is given up;
// when all fail, the error is an AggregateError of each attempt's. Bad timeouts are range errors, and
// a lookup with no usable address fails with the first one's fault.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { spawn } = require('child_process');

for (const bad of [-10, 0]) {
  assert.throws(() => net.connect({ port: 8080, autoSelectFamily: true, autoSelectFamilyAttemptTimeout: bad }),
                { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(bad), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => net.connect({ port: 8080, autoSelectFamilyAttemptTimeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

// The black hole: another process listens on 127.0.0.1 with a backlog of 1 and never accepts
// (its loop blocks in a read of its stdin), so once its queue is full the kernel drops SYNs. It
// exits when that read ends: the parent has gone.
const hole = spawn(process.execPath, ['-e', `
  const s = require('net').createServer().listen(0, '127.0.0.1', 1, () => {
    console.log(s.address().port);
    require('fs').readSync(0, Buffer.alloc(1));
    process.exit(); // the parent is gone (its end of stdin closed)
  });`], { stdio: ['pipe', 'pipe', 'inherit'] });
process.on('exit', () => hole.kill('SIGKILL'));
hole.stdout.once('data', common.mustCall((d) => {
  const port = Number(d);
  // Fill the hole's accept queue.
  const fillers = [0, 1, 2, 3].map(() => net.connect(port, '127.0.0.1').on('error', () => {}));
  // The real server, on the same port of another loopback address.
  const server = net.createServer((s) => s.end('here')).listen(port, '127.0.0.2', common.mustCall(() => {
    setTimeout(common.mustCall(() => {
      const lookup = (host, opts, cb) => cb(null, [{ address: '127.0.0.1', family: 4 }, { address: '127.0.0.2', family: 4 }]);
      const started = Date.now();
      const c = net.connect({ host: 'two.example', port, lookup, autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 100 });
      c.setEncoding('utf8');
      c.on('connect', common.mustCall(() => {
        const took = Date.now() - started;
        assert.strictEqual(c.remoteAddress, '127.0.0.2');
        assert.ok(took >= 90 && took < 5000, `connected after ${took} ms`);
      }));
      c.on('data', common.mustCall((text) => {
        assert.strictEqual(text, 'here');
        c.destroy();
        for (const f of fillers) f.destroy();
        server.close();
        hole.kill('SIGKILL');
      }));
    }), 300);
  }));
}));

// Families alternate; the refused ones (nothing listens on the others' port) are
// skipped, and the request written before any connect reaches the server.
const answering = net.createServer((s) => s.once('data', (d) => s.end(`got ${d}`)));
answering.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = answering.address();
  const addresses = [{ address: '::1', family: 6 }, { address: '::ffff:127.0.0.4', family: 6 },
                     { address: '127.0.0.3', family: 4 }, { address: '127.0.0.1', family: 4 }];
  const c = net.connect({ host: 'many.example', port, lookup: (h, o, cb) => cb(null, addresses), autoSelectFamily: true });
  let text = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { text += d; });
  c.on('end', common.mustCall(() => {
    assert.strictEqual(text, 'got request');
    assert.deepStrictEqual(c.autoSelectFamilyAttemptedAddresses,
                           [`::1:${port}`, `127.0.0.3:${port}`, `::ffff:127.0.0.4:${port}`, `127.0.0.1:${port}`]);
    answering.close();

    // All refused: one AggregateError, coded as its first error, holding each attempt's.
    const all = [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }];
    const d = net.connect({ host: 'none.example', port, lookup: (h, o, cb) => cb(null, all), autoSelectFamily: true });
    d.on('connect', common.mustNotCall());
    d.on('error', common.mustCall((err) => {
      assert.strictEqual(err.constructor, AggregateError);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.deepStrictEqual(err.errors.map((e) => e.message),
                             [`connect ECONNREFUSED 127.0.0.1:${port}`, `connect ECONNREFUSED ::1:${port}`]);
    }));
  }));
  c.write('request');
}));

// A lookup with no usable address: the first one's fault.
net.connect({ host: 'bad.example', port: 1, lookup: (h, o, cb) => cb(null, [{ address: '127.0.0.1', family: 100 }]),
              autoSelectFamily: true })
  .on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ADDRESS_FAMILY');
    assert.strictEqual(err.message, 'Invalid address family: 100 bad.example:1');
  }));
