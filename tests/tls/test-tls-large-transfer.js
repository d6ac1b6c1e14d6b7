'use strict';
// 8 MiB each way through TLS with backpressure honoured: the client writes only while write()
// returns true and waits for 'drain'; the server echoes through pipe(); the bytes come back
// intact (same SHA-256) and the writer did see backpressure.
const { mustCall } = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const tls = require('tls');
const certs = require('./certs').make();

const TOTAL = 8 * 1024 * 1024;
const CHUNK = 64 * 1024;

const server = tls.createServer(certs.server, mustCall((s) => s.pipe(s)));
server.listen(0, '127.0.0.1', mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca, servername: 'localhost' });
  const sent = crypto.createHash('sha256');
  const recv = crypto.createHash('sha256');
  let written = 0;
  let received = 0;
  let drains = 0;
  let maxBuffered = 0;
  const write = () => {
    while (written < TOTAL) {
      const chunk = crypto.randomBytes(CHUNK);
      sent.update(chunk);
      written += chunk.length;
      maxBuffered = Math.max(maxBuffered, c.writableLength);
      if (!c.write(chunk)) {
        c.once('drain', () => { drains++; write(); });
        return;
      }
    }
    c.end();
  };
  c.on('secureConnect', write);
  // Read slowly at first, so the echo's backpressure reaches the server too.
  c.pause();
  setTimeout(() => c.resume(), 200);
  c.on('data', (d) => { received += d.length; recv.update(d); });
  c.on('end', mustCall(() => {
    assert.strictEqual(received, TOTAL);
    assert.strictEqual(recv.digest('hex'), sent.digest('hex'));
    assert.ok(drains > 0, 'write() never returned false');
    assert.ok(maxBuffered < 4 * 1024 * 1024, `client buffered ${maxBuffered} bytes`);
    server.close();
  }));
}));
