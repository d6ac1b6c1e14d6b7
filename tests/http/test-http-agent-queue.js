'use strict';
// An agent at maxSockets queues requests; each socket that closes (here: every request is
// aborted once its response arrives) makes a new one for the next waiting request, so none is lost.
// Also: a request destroyed before it gets its socket reports 'socket hang up', then 'close'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const N = 5;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const server = http.createServer(common.mustCall((req, res) => res.end('hi'), N));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  let answered = 0;
  for (let i = 0; i < N; i++) {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent }, common.mustCall(() => {
      assert.ok(agent.sockets[Object.keys(agent.sockets)[0]].length <= 1);
      req.destroy();
      if (++answered === N) {
        agent.destroy();
        early();
      }
    }));
    req.on('error', () => {}); // destroying an answered request is not an error to report
  }
}));

function early() {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  let error;
  req.on('error', common.mustCall((err) => {
    error = err;
    assert.strictEqual(err.message, 'socket hang up');
    assert.strictEqual(err.code, 'ECONNRESET');
  }));
  req.on('close', common.mustCall(() => {
    assert.ok(error, "'error' comes before 'close'");
    server.close();
  }));
  req.destroy();
}
