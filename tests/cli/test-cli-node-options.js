'use strict';
// NODE_OPTIONS: its options apply before the command line's, stay out of execArgv, follow node's
// quoting, and the ones node refuses there (or does not know) end the process with exit 9.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

function run(nodeOptions, args) {
  const env = { ...process.env, NODE_OPTIONS: nodeOptions };
  return spawnSync(process.execPath, args, { env, encoding: 'utf8', timeout: 60000 });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-node-options-'));
const preload = path.join(dir, 'pre load.js');
fs.writeFileSync(preload, 'globalThis.preloaded = (globalThis.preloaded || 0) + 1;');
try {
  // A preload with a space in its path, quoted; a quoted title; a flag.
  let r = run(`--require "${preload}" --title="a b" --no-deprecation`,
    ['-p', 'JSON.stringify([globalThis.preloaded, process.title, process.noDeprecation, process.execArgv])']);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.deepStrictEqual(JSON.parse(r.stdout), [1, 'a b', true, ['-p', JSON.parse(r.stdout)[3][1]]]);

  // The command line comes after NODE_OPTIONS, so its value wins.
  r = run('--title=env', ['--title=cli', '-p', 'process.title']);
  assert.strictEqual(r.stdout, 'cli\n');

  // A backslash inside quotes takes the next character as it is.
  r = run('--title "x\\"y"', ['-p', 'process.title']);
  assert.strictEqual(r.stdout, 'x"y\n');

  // Options the JS side reads see NODE_OPTIONS too: the http parsers are lenient, with node's
  // warning when the first one is made.
  r = run('--insecure-http-parser', ['-e', `
    const http = require('http'), net = require('net');
    const server = http.createServer((req, res) => { console.log(req.headers.hello); res.end(); server.close(); });
    server.on('clientError', (e, s) => { console.log(e.code); s.destroy(); server.close(); });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.end('GET / HTTP/1.1\\r\\nHost: x\\r\\nHello: a\\x08b\\r\\n\\r\\n'));
      c.resume();
    });`]);
  assert.strictEqual(r.stdout, 'a\x08b\n', r.stderr);
  assert.match(r.stderr, /^\(node:\d+\) Warning: Using insecure HTTP parsing\n/);

  // Children inherit the environment, and with it the options.
  r = run(`-r "${preload}"`, ['-e', `
    const { execFileSync } = require('child_process');
    process.stdout.write(execFileSync(process.execPath, ['-p', 'globalThis.preloaded'], { encoding: 'utf8' }));`]);
  assert.strictEqual(r.stdout, '1\n', r.stderr);

  // Refused: node's list, an unknown option, an unterminated string.
  for (const [options, shown] of [['-e 1', '-e'], ['--expose-internals', '--expose-internals'],
    ['--stack-size=100', '--stack-size='], ['--', '--'], ['--bogus', '--bogus']]) {
    r = run(options, ['-e', 'console.log("ran")']);
    assert.strictEqual(r.status, 9, options);
    assert.strictEqual(r.stdout, '');
    assert.ok(r.stderr.endsWith(`: ${shown} is not allowed in NODE_OPTIONS\n`), r.stderr);
  }
  r = run('--title "open', ['-e', '0']);
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, /: invalid value for NODE_OPTIONS \(unterminated string\)\n/);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
