'use strict';
// http over a plain stream.Duplex pair (server.emit('connection', duplex) and the client's
// createConnection), with Connection: close: the response arrives whole, and both sides end
// cleanly: the client ends its side after the response instead of tearing the stream down at
// the server's EOF, so the server sees 'end' too.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { Duplex } = require('stream');

// Two Duplexes joined back to back: what one writes the other reads. A write completes when the
// reader asks for more, and an end once the reader has seen it, as a socket's would.
function duplexPair() {
  const sides = [];
  const waiting = [null, null]; // a side's write callback, until its peer reads
  for (let i = 0; i < 2; i++) {
    sides.push(new Duplex({
      read() {
        const cb = waiting[1 - i];
        waiting[1 - i] = null;
        if (cb) cb();
      },
      write(chunk, encoding, callback) {
        if (chunk.length === 0) return process.nextTick(callback); // nothing for the peer to read
        waiting[i] = callback;
        sides[1 - i].push(chunk);
      },
      final(callback) {
        sides[1 - i].once('end', () => callback());
        sides[1 - i].push(null);
      },
    }));
  }
  return sides;
}

const [clientSide, serverSide] = duplexPair();
const server = http.createServer(common.mustCall((req, res) => {
  let body = '';
  req.setEncoding('utf8').on('data', (d) => { body += d; }).on('end', common.mustCall(() => {
    res.write(`got ${body}`); // chunked: the response's end comes in a write of its own
    res.end();
  }));
}));
server.emit('connection', serverSide);
serverSide.on('end', common.mustCall());
clientSide.on('end', common.mustCall());
clientSide.on('finish', common.mustCall());

const req = http.request({ createConnection: () => clientSide, method: 'PUT', headers: { Connection: 'close' } },
                         common.mustCall((res) => {
                           let text = '';
                           res.setEncoding('utf8').on('data', (d) => { text += d; });
                           res.on('end', common.mustCall(() => assert.strictEqual(text, 'got hello')));
                         }));
req.write('hello');
req.end();
