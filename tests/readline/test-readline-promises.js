'use strict';
// readline/promises: question() resolves with the answer, rejects with AbortError on abort and
// ERR_USE_AFTER_CLOSE after close; Readline batches cursor moves until commit().
const { mustCall } = require('../common');
const assert = require('assert');
const { PassThrough, Writable } = require('stream');
const readlinePromises = require('readline/promises');
assert.strictEqual(require('readline').promises, readlinePromises);

(async () => {
  const input = new PassThrough();
  const rl = readlinePromises.createInterface({ input, output: null });
  setImmediate(() => input.write('42\n'));
  assert.strictEqual(await rl.question('n? '), '42');

  const ac = new AbortController();
  const pending = rl.question('never? ', { signal: ac.signal });
  ac.abort();
  await assert.rejects(pending, { name: 'AbortError', code: 'ABORT_ERR' });

  rl.close();
  await assert.rejects(rl.question('x'), { code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed' });

  const chunks = [];
  const sink = new Writable({ write(d, e, cb) { chunks.push(String(d)); cb(); } });
  const r = new readlinePromises.Readline(sink);
  r.cursorTo(3).moveCursor(-1, 2).clearLine(0).clearScreenDown();
  assert.deepStrictEqual(chunks, []); // nothing before commit()
  await r.commit();
  assert.deepStrictEqual(chunks, ['\x1b[4G\x1b[1D\x1b[2B\x1b[2K\x1b[0J']);
  assert.throws(() => new readlinePromises.Readline({}), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(mustCall());
