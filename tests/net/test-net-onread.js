'use strict';
// The onread option: reads land in the caller's buffer and go to its callback, never to 'data';
// a read longer than the buffer comes in buffer-sized pieces; pausing (pause() or returning
// false) stops the callbacks until resume(), with nothing lost or repeated, and 'end' comes after
// the last byte. An onread without a usable buffer is ignored, as in node.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const payload = Buffer.alloc(20000);
for (let i = 0; i < payload.length; i++) payload[i] = (i * 31) & 0xff;

function serve(onListening) {
  const server = net.createServer((s) => s.end(payload));
  server.listen(0, '127.0.0.1', () => onListening(server.address().port, () => server.close()));
}

// A static buffer; the first callback pauses, the second returns false.
serve(common.mustCall((port, done) => {
  const mine = Buffer.alloc(1000);
  const got = [];
  let paused = false;
  let calls = 0;
  const c = net.connect({
    port, host: '127.0.0.1',
    onread: {
      buffer: mine,
      callback(n, buf) {
        assert.strictEqual(paused, false, 'a callback while paused');
        assert.strictEqual(buf, mine);
        assert.ok(n > 0 && n <= mine.length);
        got.push(Buffer.from(buf.subarray(0, n)));
        if (++calls > 2) return;
        paused = true;
        setTimeout(() => { paused = false; c.resume(); }, 30);
        if (calls === 1) c.pause();
        else return false;
      },
    },
  });
  c.on('data', common.mustNotCall());
  c.on('end', common.mustCall(() => {
    assert.strictEqual(paused, false);
    assert.deepStrictEqual(Buffer.concat(got), payload);
    done();
  }));
}));

// A function that hands out buffers.
serve(common.mustCall((port, done) => {
  const pool = [new Uint8Array(4096), new Uint8Array(4096)];
  let next = 0;
  let last = null;
  const got = [];
  const c = net.connect({
    port, host: '127.0.0.1',
    onread: {
      buffer: () => (last = pool[next++ % 2]),
      callback(n, buf) {
        assert.strictEqual(buf, last);
        got.push(Buffer.from(buf.subarray(0, n)));
      },
    },
  });
  c.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(got), payload);
    done();
  }));
}));

// Not a usable onread (no buffer): ignored, the data comes as 'data'.
serve(common.mustCall((port, done) => {
  const chunks = [];
  const c = net.connect({ port, host: '127.0.0.1', onread: { callback: common.mustNotCall() } });
  c.on('data', (d) => chunks.push(d));
  c.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(chunks), payload);
    done();
  }));
}));
