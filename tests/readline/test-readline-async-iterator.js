'use strict';
// rl[Symbol.asyncIterator]() is one iterator per interface: an inner for-await over the same
// interface continues where the outer one is, and no line is lost or repeated (empty lines
// included). An input stream's error is the interface's 'error' and rejects the iteration.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { Readable } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-rl-'));
const file = path.join(dir, 'lines.txt');
fs.writeFileSync(file, 'line 1\n\nline 3 南越国\nlast');

(async () => {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  assert.strictEqual(rl[Symbol.asyncIterator](), rl[Symbol.asyncIterator]());
  const seen = [];
  let outer = 0;
  for await (const first of rl) {
    outer++;
    seen.push(first);
    for await (const line of rl) seen.push(line);
  }
  assert.strictEqual(outer, 1);
  assert.deepStrictEqual(seen, ['line 1', '', 'line 3 南越国', 'last']);

  // Backpressure: far more lines than the iterator buffers pause the input until they are read.
  const input = new Readable({ read() {} });
  input.push('x\n'.repeat(3000));
  input.push(null);
  const rl2 = readline.createInterface({ input, crlfDelay: Infinity });
  const it = rl2[Symbol.asyncIterator]();
  const marks = it[Symbol.for('nodejs.watermarkData')];
  assert.strictEqual(marks.high, 1024);
  let count = 0;
  for await (const line of it) {
    assert.strictEqual(line, 'x');
    if (count++ === 0) assert.strictEqual(input.isPaused(), true);
  }
  assert.strictEqual(count, 3000);

  // A missing file: 'error' on the interface, and the for-await rejects with it.
  const missing = path.join(dir, 'missing.txt');
  const expected = { code: 'ENOENT', message: `ENOENT: no such file or directory, open '${missing}'` };
  const rl3 = readline.createInterface({ input: fs.createReadStream(missing) });
  rl3.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
  await assert.rejects(async () => { for await (const line of rl3) assert.fail(line); }, expected);
  fs.rmSync(dir, { recursive: true });
})().then(common.mustCall());
