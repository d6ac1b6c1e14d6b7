'use strict';
// createServer({ IncomingMessage, ServerResponse }): each request and response is made from the
// classes given, on every request of a keep-alive connection.
const common = require('../common');
const assert = require('assert');
const http = require('http');

class MyRequest extends http.IncomingMessage {
  agent() { return this.headers['user-agent'] || 'none'; }
}
class MyResponse extends http.ServerResponse {
  send(text) { this.setHeader('content-type', 'text/plain'); this.end(text); }
}

const server = http.createServer({ IncomingMessage: MyRequest, ServerResponse: MyResponse },
                                 common.mustCall((req, res) => {
                                   assert.ok(req instanceof MyRequest);
                                   assert.ok(res instanceof MyResponse);
                                   res.send(`${req.url} ${req.agent()}`);
                                 }, 2));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true });
  const get = (path) => new Promise((resolve, reject) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path, agent, headers: { 'user-agent': 'ua-test' } },
             (res) => {
               let body = '';
               res.setEncoding('utf8').on('data', (d) => { body += d; }).on('end', () => resolve([res.headers['content-type'], body]));
             }).on('error', reject);
  });
  (async () => {
    assert.deepStrictEqual(await get('/a'), ['text/plain', '/a ua-test']);
    assert.deepStrictEqual(await get('/b'), ['text/plain', '/b ua-test']);
    agent.destroy();
    server.close();
  })().then(common.mustCall());
}));
