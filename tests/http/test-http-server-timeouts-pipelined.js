'use strict';
// Server timeouts on a connection that has already served a request, as node keeps them:
// - requestTimeout runs from the start of each message, a pipelined one too (it began in the
//   same read as the one before), and the late request gets a 408 although a 200 went out on
//   the connection before it;
// - the first bytes of the next request end the keep-alive timeout, so a client that is slow
//   with its headers is not cut off by it.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function pipelined() {
  return new Promise((resolve) => {
    const server = http.createServer({ headersTimeout: 0, requestTimeout: 600, keepAliveTimeout: 0,
                                       connectionsCheckingInterval: 100 },
                                     common.mustCall((req, res) => res.end('ok')));
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let got = '';
      c.setEncoding('utf8').on('data', (d) => { got += d; });
      c.on('end', common.mustCall(() => {
        const responses = got.split(/(?=HTTP\/1\.1 )/);
        assert.strictEqual(responses.length, 2, got);
        assert.match(responses[0], /^HTTP\/1\.1 200 OK\r\n/);
        assert.strictEqual(responses[1], 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
        server.close(resolve);
      }));
      c.write('GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\nConnection: ');
      setTimeout(() => c.destroyed || c.write('close\r\n\r\n'), 3000).unref();
    });
  });
}

function slowHeadersAfterKeepAlive() {
  return new Promise((resolve) => {
    const server = http.createServer(common.mustCall((req, res) => res.end(req.url), 2));
    server.keepAliveTimeout = 800;
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let got = '';
      c.setEncoding('utf8').on('data', (d) => {
        got += d;
        if (got.endsWith('/1')) {
          // The next request at once, its headers' end only after the keep-alive timeout.
          c.write('GET /2 HTTP/1.1\r\nHost: a\r\n');
          setTimeout(() => c.write('Connection: close\r\n\r\n'), 1600);
        }
      });
      c.on('end', common.mustCall(() => {
        assert.match(got, /\r\n\r\n\/1HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\n\/2$/);
        server.close(resolve);
      }));
      c.write('GET /1 HTTP/1.1\r\nHost: a\r\n\r\n');
    });
  });
}

pipelined().then(slowHeadersAfterKeepAlive).then(common.mustCall());
