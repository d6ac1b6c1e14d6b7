'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/cli/hello.js: run as `./hello.js` through its `#!/usr/bin/env node` shebang, with jnode's
// as-node dir (<repo>/target/as-node, where `node` is jnode) first on the PATH; prints
// `hello world!`. A copy whose shebang says `jnode` must work too (with jnode on the PATH).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const cp = require('child_process');
const h = require('./harness');

function runScript(file, cwd, pathDirs) {
  const env = { ...process.env, PATH: [...pathDirs, ...(process.env.PATH || '').split(':')].join(':') };
  delete env.JNODE_AS_NODE;
  const proc = cp.spawn(file, [], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  h.track(proc.pid);
  let out = '';
  let err = '';
  proc.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
  proc.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
  return h.withTimeout(new Promise((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code, signal) => resolve({ code, signal, out, err }));
  }), 60000, () => `${file} to exit\n${out}\n${err}`);
}

h.main('cli/hello', async ({ differential }) => {
  const dir = h.copySample('cli');
  assert.ok(fs.statSync(path.join(dir, 'hello.js')).mode & 0o100, 'hello.js is executable (chmod +x)');
  assert.ok(fs.readFileSync(path.join(dir, 'hello.js'), 'utf8').startsWith('#!/usr/bin/env node\n'));

  // The as-node dir holds `node` -> the jnode launcher.
  const asNode = path.join(h.AS_NODE_DIR, 'node');
  assert.strictEqual(fs.realpathSync(asNode), fs.realpathSync(h.JNODE), `${asNode} is jnode`);
  let r = await runScript('./hello.js', dir, [h.AS_NODE_DIR]);
  assert.deepStrictEqual([r.code, r.signal, r.out, r.err], [0, null, 'hello world!\n', ''], 'jnode via #!/usr/bin/env node');

  // `#!/usr/bin/env jnode`: the same script with jnode's name in the shebang (a separate file; the
  // sample itself is not edited), and a PATH dir holding `jnode`.
  const bin = path.join(dir, '.bin');
  fs.mkdirSync(bin);
  fs.symlinkSync(h.JNODE, path.join(bin, 'jnode'));
  const alt = path.join(dir, 'hello-jnode.js');
  fs.writeFileSync(alt, fs.readFileSync(path.join(dir, 'hello.js'), 'utf8').replace('#!/usr/bin/env node', '#!/usr/bin/env jnode'));
  fs.chmodSync(alt, 0o755);
  r = await runScript('./hello-jnode.js', dir, [bin]);
  assert.deepStrictEqual([r.code, r.signal, r.out, r.err], [0, null, 'hello world!\n', ''], 'jnode via #!/usr/bin/env jnode');

  if (differential) {
    r = await runScript('./hello.js', dir, [path.dirname(h.realNode())]);
    assert.deepStrictEqual([r.code, r.signal, r.out, r.err], [0, null, 'hello world!\n', ''], 'the real node via the shebang');
  }
});
