'use strict';
// Real npm package against a real server: ioredis 5 (npm ci from the lockfile in
// ecosystem/redis) talks to a redis-server this test starts on a free loopback port, from two
// cluster workers that share state through it; the output is node's. Skipped, saying so, where
// redis-server is not installed (.ci/run installs Debian's).
const assert = require('assert');
const { spawn, spawnSync } = require('child_process');
const net = require('net');
const { skip, installFixture, hasNode, run } = require('./npm-fixture');

if (spawnSync('redis-server', ['--version']).error) skip('redis-server is not installed');
const dir = installFixture('redis');

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function waitForServer(port, tries = 100) {
  return new Promise((resolve, reject) => {
    const attempt = (left) => {
      const c = net.connect(port, '127.0.0.1', () => {
        c.end();
        resolve();
      });
      c.on('error', () => (left > 0 ? setTimeout(attempt, 100, left - 1) : reject(new Error('no redis-server'))));
    };
    attempt(tries);
  });
}

(async () => {
  const port = await freePort();
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '',
                                        '--appendonly', 'no'], { stdio: 'ignore' });
  process.on('exit', () => server.kill());
  try {
    await check(port);
  } finally {
    server.kill();
  }
})().catch((err) => {
  process.exitCode = 1;
  console.error(err);
});

async function check(port) {
  await waitForServer(port);

  const r = run(process.execPath, dir, ['app.js', String(port)], { timeout: 90000 });
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  assert.strictEqual(r.stderr, '');
  const expected = [
    'reports exit 0 exit 0 {"tx":2,"piped":"x"} {"tx":2,"piped":"x"}',
    'hits 10',
    'tx 4',
    'sessions session:w1,session:w2',
    'w1 {"worker":"1","visits":"5"}',
    'ttl true',
    'messages events: hello from 1 | events: hello from 2',
    'error ReplyError WRONGTYPE Operation against a key holding the wrong kind of value',
    'type hash 0',
  ];
  assert.deepStrictEqual(r.stdout.trim().split('\n'), expected);
  if (hasNode) assert.strictEqual(run('node', dir, ['app.js', String(port)]).stdout, r.stdout);
}
