'use strict';
// SIGTERM to a server whose handler calls server.close(): every in-flight request (10 slow ones,
// each on its own connection) still gets its whole response, new connections are refused, and
// the process exits 0 once the last one is done.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const http = require('http');
const net = require('net');
const path = require('path');

const N = 10;
const server = cp.spawn(process.execPath, [path.join(__dirname, 'fixtures', 'graceful-server.js')],
                        { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
const waiters = [];
server.stdout.setEncoding('utf8');
server.stdout.on('data', (d) => {
  out += d;
  for (const w of waiters.splice(0)) w();
});
function until(re) {
  return new Promise((resolve) => {
    const check = () => {
      const m = re.exec(out);
      if (m) resolve(m);
      else waiters.push(check);
    };
    check();
  });
}
// 'close': its exit and the end of its stdout.
const exited = new Promise((resolve) => server.on('close', (code, signal) => resolve([code, signal])));
process.on('exit', () => server.kill('SIGKILL'));

function get(port, i) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: `/${i}`, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve([res.statusCode, body]));
    }).on('error', reject);
  });
}

(async () => {
  const port = Number((await until(/^port (\d+)$/m))[1]);
  const responses = Array.from({ length: N }, (_, i) => get(port, i));
  await until(new RegExp(`^inflight ${N}$`, 'm'));
  server.kill('SIGTERM');
  await until(/^closing$/m);
  const refused = await new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => { s.destroy(); resolve(null); });
    s.on('error', (e) => resolve(e.code));
  });
  assert.strictEqual(refused, 'ECONNREFUSED');
  assert.deepStrictEqual(await Promise.all(responses), Array.from({ length: N }, (_, i) => [200, `done /${i}`]));
  assert.deepStrictEqual(await exited, [0, null]);
  assert.match(out, /^closing\nclosed\n$/m);
})().then(common.mustCall());
