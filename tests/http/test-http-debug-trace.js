'use strict';
// NODE_DEBUG=http: the http layer traces what it does to stderr as "HTTP <pid>: ...", after node's
// warning that the log can expose sensitive data; without it, nothing is written.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = `
  const http = require('http');
  const server = http.createServer((req, res) => res.end('x')).listen(0, '127.0.0.1', () => {
    http.get('http://127.0.0.1:' + server.address().port, (res) => {
      res.resume();
      res.on('end', () => server.close());
    });
  });
`;
const traced = spawnSync(process.execPath, ['-e', script], { env: { ...process.env, NODE_DEBUG: 'http' }, encoding: 'utf8' });
assert.strictEqual(traced.status, 0, traced.stderr);
assert.match(traced.stderr, /Setting the NODE_DEBUG environment variable to 'http' can expose sensitive data \(such as passwords, tokens and authentication headers\) in the resulting log\./);
const pid = traced.stderr.match(/^HTTP (\d+): /m)[1];
for (const line of ['SERVER new http connection', 'outgoing message end.', 'AGENT incoming response!', 'AGENT socket keep-alive']) {
  assert.ok(traced.stderr.includes(`HTTP ${pid}: ${line}`), `${line} in\n${traced.stderr}`);
}
assert.match(traced.stderr, /HTTP \d+: createConnection 127\.0\.0\.1:\d+:/);

const env = { ...process.env };
delete env.NODE_DEBUG;
const quiet = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
assert.strictEqual(quiet.status, 0, quiet.stderr);
assert.strictEqual(quiet.stderr, '');
