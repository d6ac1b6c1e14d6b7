'use strict';
// Interop with the real node (skipped when there is none on PATH): node's https.get against our
// https server, then our https.get against an https server node runs, each verifying the other
// through the test CA, with the body and TLS version checked on both sides.
const { mustCall } = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');
const { spawn } = require('child_process');
const certs = require('../tls/certs').make();

const node = (process.env.PATH || '').split(path.delimiter).map((d) => path.join(d, 'node'))
  .find((p) => { try { fs.accessSync(p, fs.constants.X_OK); return true; } catch { return false; } });
if (!node) {
  console.log('1..0 # Skipped: no node on PATH');
  process.exit(0);
}
fs.writeFileSync(path.join(certs.dir, 'ca.pem'), certs.ca);
fs.writeFileSync(path.join(certs.dir, 'key.pem'), certs.server.key);
fs.writeFileSync(path.join(certs.dir, 'cert.pem'), certs.server.cert);

function runNode(script, onLine, onExit) {
  const child = spawn(node, ['-e', script, certs.dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    out += d;
    let i;
    while ((i = out.indexOf('\n')) >= 0) {
      onLine(out.slice(0, i));
      out = out.slice(i + 1);
    }
  });
  // 'close', not 'exit': the output may still be in the pipe when the process exits.
  child.on('close', mustCall(onExit));
  return child;
}

const server = https.createServer({ ...certs.server }, mustCall((req, res) => {
  assert.strictEqual(req.headers['user-agent'], 'real-node');
  assert.strictEqual(req.socket.getProtocol(), 'TLSv1.3');
  res.end(`from jnode to ${req.url}`);
}));
server.listen(0, '127.0.0.1', mustCall(() => {
  const lines = [];
  runNode(`
    const fs = require('fs'), path = require('path'), https = require('https');
    const dir = process.argv[1];
    https.get({ host: '127.0.0.1', port: ${server.address().port}, path: '/n', servername: 'localhost',
                ca: fs.readFileSync(path.join(dir, 'ca.pem')), headers: { 'user-agent': 'real-node' } }, (res) => {
      const authorized = res.socket.authorized;
      let b = ''; res.on('data', (d) => b += d);
      res.on('end', () => console.log(res.statusCode + ' ' + b + ' ' + authorized));
    });`, (line) => lines.push(line), (code) => {
    assert.strictEqual(code, 0);
    assert.deepStrictEqual(lines, ['200 from jnode to /n true']);
    server.close();
    nodeServer();
  });
}));

function nodeServer() {
  let child;
  child = runNode(`
    const fs = require('fs'), path = require('path'), https = require('https');
    const dir = process.argv[1];
    const s = https.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')),
                                   cert: fs.readFileSync(path.join(dir, 'cert.pem')) }, (req, res) => {
      res.end('from node to ' + req.url + ' ' + req.socket.getProtocol());
      s.close();
    });
    s.listen(0, '127.0.0.1', () => console.log(s.address().port));`, mustCall((line) => {
    https.get({ host: '127.0.0.1', port: Number(line), path: '/j', ca: certs.ca, servername: 'localhost', agent: false },
              mustCall((res) => {
                assert.strictEqual(res.socket.authorized, true);
                let b = '';
                res.setEncoding('utf8');
                res.on('data', (d) => { b += d; });
                res.on('end', mustCall(() => assert.strictEqual(b, 'from node to /j TLSv1.3')));
              }));
  }), (code) => assert.strictEqual(code, 0));
}
