'use strict';
// Shared by test-cluster-{http,net}-{rr,none}.js: a server on 2 workers under one scheduling
// policy. Requests reach both workers; one worker is killed while the other holds a request
// open and keeps serving; a replacement joins; no request to a live worker is lost.
const assert = require('assert');
const cluster = require('cluster');
const { mustCall } = require('../common');

// One request: resolves with the body ("<worker id>") or rejects.
function request(kind, port, path) {
  if (kind === 'http') {
    const http = require('http');
    return new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => resolve(body));
        res.on('error', reject);
      });
      req.on('error', reject);
    });
  }
  const net = require('net');
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let body = '';
    socket.setEncoding('utf8');
    socket.on('data', (d) => { body += d; });
    socket.on('end', () => resolve(body));
    socket.on('error', reject);
    socket.write(`${path}\n`);
  });
}

function worker(kind) {
  const id = String(cluster.worker.id);
  let held = null;
  function answer(path, reply) {
    if (path === '/hold') {
      held = reply;
      process.send({ held: true });
      return;
    }
    // Stay busy a little so that, with a shared socket, the other worker accepts too.
    const until = Date.now() + 10;
    while (Date.now() < until);
    reply(id);
  }
  process.on('message', (msg) => {
    if (msg === 'release' && held) {
      held(id);
      held = null;
    }
  });
  let server;
  if (kind === 'http') {
    server = require('http').createServer((req, res) => answer(req.url, (body) => res.end(body)));
  } else {
    server = require('net').createServer((socket) => {
      let line = '';
      socket.setEncoding('utf8');
      socket.on('data', (d) => {
        line += d;
        const nl = line.indexOf('\n');
        if (nl >= 0) answer(line.slice(0, nl), (body) => socket.end(body));
      });
    });
  }
  server.listen(0);
}

async function primary(kind, policy) {
  cluster.schedulingPolicy = policy;
  const ports = new Map();
  const listening = (w) => new Promise((resolve) => w.once('listening', (addr) => {
    ports.set(w.id, addr.port);
    resolve(addr.port);
  }));

  const w1 = cluster.fork();
  const w2 = cluster.fork();
  const [p1, p2] = await Promise.all([listening(w1), listening(w2)]);
  assert.strictEqual(p1, p2, 'listen(0) in two workers shares one port');
  assert.ok(p1 > 0);
  const port = p1;

  // Requests reach both workers.
  const seen = new Set();
  for (let round = 0; round < 100 && seen.size < 2; round++) {
    const bodies = await Promise.all([1, 2, 3, 4].map(() => request(kind, port, '/')));
    for (const b of bodies) seen.add(b);
  }
  assert.deepStrictEqual([...seen].sort(), ['1', '2']);

  // One request stays open on a worker, which becomes the survivor; the other is killed.
  const heldBy = new Promise((resolve) => {
    for (const w of [w1, w2]) w.on('message', (m) => { if (m && m.held) resolve(w); });
  });
  const held = request(kind, port, '/hold');
  const survivor = await heldBy;
  const victim = survivor === w1 ? w2 : w1;
  const victimExit = new Promise((resolve) => victim.once('exit', (code, signal) => resolve([code, signal])));
  victim.kill();
  assert.deepStrictEqual(await victimExit, [null, 'SIGTERM']);
  assert.strictEqual(victim.exitedAfterDisconnect, false);
  assert.strictEqual(victim.isDead(), true);
  assert.strictEqual(cluster.workers[victim.id], undefined);

  // The survivor alone serves everything while there is no replacement.
  for (let i = 0; i < 6; i++) assert.strictEqual(await request(kind, port, '/'), String(survivor.id));

  // A replacement joins on the same port and gets requests too.
  const w3 = cluster.fork();
  assert.strictEqual(await listening(w3), port);
  const seen2 = new Set();
  for (let round = 0; round < 100 && seen2.size < 2; round++) {
    const bodies = await Promise.all([1, 2, 3, 4].map(() => request(kind, port, '/')));
    for (const b of bodies) seen2.add(b);
  }
  assert.deepStrictEqual([...seen2].sort(), [String(survivor.id), '3'].sort());

  // The request the survivor held all along completes.
  survivor.send('release');
  assert.strictEqual(await held, String(survivor.id));

  cluster.disconnect(mustCall(() => {
    assert.deepStrictEqual(Object.keys(cluster.workers), []);
  }));
}

module.exports = function run(kind, policy) {
  if (cluster.isWorker) {
    worker(kind);
    return;
  }
  primary(kind, cluster[policy]).catch((err) => {
    for (const w of Object.values(cluster.workers)) w.process.kill('SIGKILL');
    throw err;
  });
};
