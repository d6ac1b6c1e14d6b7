'use strict';
// A stream of ours as a child's stdio, as node does it: the child gets a blocking fd (a
// non-blocking one made cat fail with EAGAIN), and we stop reading the stream while the child
// has it, so the child gets the data; once the child is done, we can read the stream again.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { spawn } = require('child_process');

// 1. A connected socket as cat's stdin and stdout: cat echoes to the peer.
const server = net.createServer(common.mustCall((sock) => {
  const cat = spawn('cat', [], { stdio: [sock, sock, 'inherit'] });
  cat.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    sock.destroy(); // our copy of the connection, which we stopped reading
    server.close();
    pipes();
  }));
})).listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    setTimeout(() => client.write('hello\n'), 200); // after cat has started reading
  });
  client.on('data', common.mustCall((d) => {
    assert.strictEqual(String(d), 'hello\n');
    client.end();
  }));
});

// 2. cat's stdout as head's stdin; after head exits, we read the rest of cat's output.
function pipes() {
  const cat = spawn('cat', { stdio: ['pipe', 'pipe', 'inherit'] });
  const head = spawn('head', ['-n1'], { stdio: [cat.stdout, 'pipe', 'inherit'] });
  cat.stdin.write('first\n');
  let headOut = '';
  head.stdout.setEncoding('utf8').on('data', (d) => { headOut += d; });
  head.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(headOut, 'first\n');
    cat.stdin.end('second\n');
    let rest = '';
    cat.stdout.setEncoding('utf8').on('data', (d) => { rest += d; });
    cat.stdout.on('end', common.mustCall(() => assert.strictEqual(rest, 'second\n')));
    cat.stdout.resume();
  }));
}
