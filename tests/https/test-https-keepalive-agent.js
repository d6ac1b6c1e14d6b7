'use strict';
// An https server and https.get through a keep-alive https.Agent: three requests in turn share one
// TLS connection, the server sees them encrypted, and the agent's pool key carries the TLS options.
const { mustCall } = require('../common');
const assert = require('assert');
const https = require('https');
const tls = require('tls');
const certs = require('../tls/certs').make();

let connections = 0;
const server = https.createServer({ ...certs.server }, mustCall((req, res) => {
  assert.strictEqual(req.socket.encrypted, true);
  assert.ok(req.socket instanceof tls.TLSSocket);
  res.setHeader('x-url', req.url);
  res.end(`hello ${req.url}`);
}, 3));
assert.ok(server instanceof tls.Server);
server.on('secureConnection', () => connections++);

server.listen(0, '127.0.0.1', mustCall(() => {
  const agent = new https.Agent({ keepAlive: true, ca: certs.ca });
  assert.strictEqual(agent.defaultPort, 443);
  assert.strictEqual(agent.protocol, 'https:');
  const port = server.address().port;
  let n = 0;
  const next = () => {
    https.get({ host: '127.0.0.1', port, path: `/r${n}`, agent, servername: 'localhost' }, mustCall((res) => {
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(res.headers['x-url'], `/r${n}`);
      assert.strictEqual(res.socket.authorized, true);
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', mustCall(() => {
        assert.strictEqual(body, `hello /r${n}`);
        if (++n < 3) return setImmediate(next);
        assert.strictEqual(connections, 1);
        setImmediate(mustCall(() => {
          const names = Object.keys(agent.freeSockets);
          assert.strictEqual(names.length, 1);
          assert.ok(names[0].startsWith(`127.0.0.1:${port}:`), names[0]);
          assert.ok(names[0].includes(':localhost:'), names[0]);
          agent.destroy();
          server.close();
        }));
      }));
    }));
  };
  next();
}));

// https.request with a URL string: the default agent is https.globalAgent, and the protocol must be https:.
assert.strictEqual(https.globalAgent.defaultPort, 443);
assert.throws(() => https.request('http://127.0.0.1/'), { code: 'ERR_INVALID_PROTOCOL' });
