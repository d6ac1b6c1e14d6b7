'use strict';
// 1,000 connections opened and closed: every one is seen by the server, and no fd is left over.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const fs = require('fs');

const N = 1000;
const PARALLEL = 50;

function openFds() {
  return fs.readdirSync('/proc/self/fd').length;
}

let before;
let accepted = 0;
let closed = 0;
const server = net.createServer((sock) => {
  accepted++;
  sock.on('data', (d) => sock.end(d));
  sock.on('close', () => { closed++; });
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let started = 0;
  let done = 0;
  function one() {
    if (started >= N) return;
    started++;
    const c = net.connect(port, '127.0.0.1', () => c.write('x'));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', (hadError) => {
      assert.strictEqual(hadError, false);
      assert.strictEqual(got, 'x');
      done++;
      if (done === N) finish();
      else one();
    });
  }
  // One warm-up connection first, so lazily opened runtime fds are not counted.
  const w = net.connect(port, '127.0.0.1', () => w.end('x'));
  w.resume();
  w.on('close', common.mustCall(() => {
    accepted = 0;
    closed = 0;
    setTimeout(() => {
      before = openFds();
      for (let i = 0; i < PARALLEL; i++) one();
    }, 50);
  }));
}));

function finish() {
  server.getConnections(common.mustSucceed((count) => {
    // Server-side sockets close right after their client's FIN.
    const wait = setInterval(() => {
      if (closed < N) return;
      clearInterval(wait);
      assert.strictEqual(accepted, N);
      setImmediate(common.mustCall(() => {
        assert.strictEqual(openFds(), before);
        server.close();
      }));
    }, 10);
  }));
}
