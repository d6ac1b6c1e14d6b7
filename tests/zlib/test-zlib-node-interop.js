'use strict';
// Data compressed here decompresses under the real node, and the other way round.
const assert = require('assert');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { isJnode } = require('../common');

const probe = spawnSync('node', ['-p', '!!process.versions.jnode'], { encoding: 'utf8' });
if (!isJnode || probe.error || probe.status !== 0 || probe.stdout.trim() !== 'false') {
  console.log('skipped: needs jnode running with the real node on the PATH');
  process.exit(0);
}

const input = Buffer.concat([Buffer.from('interop '.repeat(5000)), require('crypto').randomBytes(5000)]);
const pairs = [['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync']];

function inNode(fn, data, opts = {}) {
  const code = `const z = require('zlib'); const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', () => process.stdout.write(z.${fn}(Buffer.concat(chunks), ${JSON.stringify(opts)})));`;
  const r = spawnSync('node', ['-e', code], { input: data, maxBuffer: 1 << 26 });
  assert.strictEqual(r.status, 0, r.stderr.toString());
  return r.stdout;
}

for (const [pack, unpack] of pairs) {
  for (const level of [1, 6, 9]) {
    assert.deepStrictEqual(inNode(unpack, zlib[pack](input, { level })), input, `jnode ${pack} -> node`);
    assert.deepStrictEqual(zlib[unpack](inNode(pack, input, { level })), input, `node ${pack} -> jnode`);
  }
}
assert.deepStrictEqual(zlib.unzipSync(inNode('gzipSync', input)), input);
