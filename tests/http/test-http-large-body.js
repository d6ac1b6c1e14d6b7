'use strict';
// A large body streamed both ways with a slow reader: backpressure pauses the writer and every
// byte arrives in order.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const SIZE = 8 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = i % 251;

function slowCount(stream, cb) {
  let total = 0;
  let ok = true;
  let pauses = 0;
  stream.on('data', (d) => {
    for (let i = 0; i < d.length; i += 4096) {
      if (d[i] !== (total + i) % 65536 % 251) ok = false;
    }
    total += d.length;
    if (total % (1024 * 1024) < d.length) {
      stream.pause();
      pauses++;
      setTimeout(() => stream.resume(), 5);
    }
  });
  stream.on('end', () => cb(total, ok, pauses));
}

function writeAll(w, done) {
  let sent = 0;
  let sawBackpressure = false;
  (function more() {
    while (sent < SIZE) {
      sent += chunk.length;
      if (!w.write(chunk)) {
        sawBackpressure = true;
        w.once('drain', more);
        return;
      }
    }
    w.end();
    done(sawBackpressure);
  })();
}

const server = http.createServer(common.mustCall((req, res) => {
  if (req.method === 'POST') {
    slowCount(req, common.mustCall((total, ok) => {
      assert.strictEqual(total, SIZE);
      assert.ok(ok, 'request body bytes in order');
      res.end(String(total));
    }));
  } else {
    writeAll(res, common.mustCall((sawBackpressure) => assert.ok(sawBackpressure, 'response write() said wait')));
  }
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const post = http.request({ port, host: '127.0.0.1', method: 'POST', agent: false }, common.mustCall((res) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(b, String(SIZE));
      http.get({ port, host: '127.0.0.1', agent: false }, common.mustCall((res2) => {
        assert.strictEqual(res2.headers['transfer-encoding'], 'chunked');
        slowCount(res2, common.mustCall((total, ok, pauses) => {
          assert.strictEqual(total, SIZE);
          assert.ok(ok, 'response body bytes in order');
          assert.ok(pauses >= 7);
          server.close();
        }));
      }));
    }));
  }));
  writeAll(post, common.mustCall());
}));
