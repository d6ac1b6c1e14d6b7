'use strict';
// An http server (in a child process) under hostile clients: rounds of every malformed request of
// tests/http/bad-requests.js, each answered with node's exact bytes, interleaved with valid
// requests (all answered), peers that reset mid-body, and slowloris peers (cut off with node's
// 408 after headersTimeout/requestTimeout). The server stays up and its RSS flat after warm-up.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const net = require('net');
const path = require('path');
const { BAD, cases, bodyCases } = require('../http/bad-requests');
const { rssKiB } = require('../procfs');

const ROUNDS = 25;
const WARMUP = 5;
const VALID_PER_ROUND = 20;
const RSS_GROWTH_LIMIT_KIB = 96 * 1024;
const TIMEOUT = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

const server = cp.spawn(process.execPath, [path.join(__dirname, 'fixtures', 'hostile-server.js')],
                        { stdio: ['ignore', 'pipe', 'inherit'] });
process.on('exit', () => server.kill('SIGKILL'));
const serverExit = common.mustCall((code, signal) => assert.deepStrictEqual([code, signal], [null, 'SIGTERM']));
let stopping = false;
server.on('exit', (code, signal) => {
  assert.ok(stopping, `the server died: ${code} ${signal}`);
  serverExit(code, signal);
});

/** Sends data (then, with reset, resets the connection); resolves what came back before close. */
function raw(port, data, { reset = false } = {}) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.write(Buffer.from(data, 'latin1'));
      if (reset) setImmediate(() => c.resetAndDestroy());
    });
    let out = '';
    c.on('data', (d) => { out += d.toString('latin1'); });
    c.on('error', () => {});
    c.on('close', () => resolve(out));
  });
}

(async () => {
  const port = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(+/port (\d+)/.exec(d)[1])));

  // Slowloris peers, alive through the storm: a silent one, one stuck in its headers, one stuck
  // in its body. node answers 408 and closes (headers after 4 s, the whole request after 8 s).
  const slow = ['', 'GET / HTTP/1.1\r\nHost: a\r\n', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nab']
    .map((data) => raw(port, data));

  let malformed = 0;
  let valid = 0;
  let resets = 0;
  let rssWarm = 0;
  const t0 = Date.now();
  for (let round = 0; round < ROUNDS; round++) {
    if (round === WARMUP) rssWarm = rssKiB(server.pid);
    const work = [];
    for (const [name, data, , expected] of cases) {
      work.push(raw(port, data).then((out) => assert.strictEqual(out, expected, name)));
      malformed++;
    }
    for (const [name, data] of bodyCases) {
      // The handler answers at the body's end, which never comes: the body's error is a 400.
      work.push(raw(port, data).then((out) => assert.strictEqual(out, BAD, name)));
      malformed++;
    }
    for (let i = 0; i < VALID_PER_ROUND; i++) {
      const url = `/r${round}/${i}`;
      work.push(raw(port, `GET ${url} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`)
        .then((out) => assert.match(out, new RegExp(`^HTTP/1\\.1 200 OK\\r\\n[\\s\\S]*\\r\\n\\r\\nok ${url}$`))));
      valid++;
    }
    work.push(raw(port, 'POST /reset HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\n' + 'x'.repeat(1000),
                  { reset: true }));
    resets++;
    await Promise.all(work);
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  assert.deepStrictEqual(await Promise.all(slow), [TIMEOUT, TIMEOUT, TIMEOUT]);
  const rssEnd = rssKiB(server.pid);
  console.log(`${malformed} malformed, ${valid} valid, ${resets} resets, 3 slowloris in ${secs} s; ` +
              `server RSS ${rssWarm >> 10} MiB after warm-up, ${rssEnd >> 10} MiB at the end`);
  assert.ok(rssEnd - rssWarm < RSS_GROWTH_LIMIT_KIB, `server RSS grew by ${(rssEnd - rssWarm) >> 10} MiB`);
  stopping = true;
  server.kill('SIGTERM');
})().then(common.mustCall());
