'use strict';
// A Unix socket named by a relative path is bound and reached relative to process.cwd(), as in
// node: the name the kernel gets stays relative, so a socket deep in a directory tree works
// although its absolute path is longer than sun_path's 108 bytes.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const deep = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-pipe-')), 'd'.repeat(60));
fs.mkdirSync(deep);
process.chdir(deep);
const name = 's'.repeat(70);
assert.ok(path.resolve(name).length > 108, 'the absolute path is over the limit');

const server = net.createServer((c) => c.end('hi')).listen(name, common.mustCall(() => {
  assert.strictEqual(server.address(), name);
  assert.ok(fs.statSync(path.join(deep, name)).isSocket());
  net.connect(name).on('data', common.mustCall((d) => {
    assert.strictEqual(String(d), 'hi');
    server.close(common.mustCall(() => {
      fs.rmSync(path.dirname(deep), { recursive: true, force: true });
    }));
  }));
}));
