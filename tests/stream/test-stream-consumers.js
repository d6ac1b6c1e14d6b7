'use strict';
// stream/consumers: a whole stream (node's, the web's, or any async iterable) as text, JSON, a
// Buffer, an ArrayBuffer or a Blob; a character split across chunks decodes whole; bad JSON and a
// stream that errors reject. And the old _stream_* module names.
const common = require('../common');
const assert = require('assert');
const { Readable, PassThrough } = require('stream');
const consumers = require('stream/consumers');
const { text, json, buffer, arrayBuffer, blob } = consumers;

assert.deepStrictEqual(Object.keys(consumers), ['arrayBuffer', 'blob', 'buffer', 'text', 'json']);
assert.strictEqual(require('node:stream/consumers'), consumers);

(async () => {
  assert.strictEqual(await text(Readable.from([Buffer.from([0xe2, 0x82]), Buffer.from([0xac]), 'x'])), '€x');
  assert.deepStrictEqual(await json(Readable.from(['{"a":', '[1, 2]}'])), { a: [1, 2] });
  const b = await buffer(Readable.from(['ab', Buffer.from('c'), new Uint8Array([100])]));
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.toString(), 'abcd');
  const ab = await arrayBuffer(Readable.from([new Uint8Array([1, 2])]));
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2]);
  const bl = await blob(Readable.from(['hi']));
  assert.strictEqual(bl.size, 2);
  assert.strictEqual(await bl.text(), 'hi');

  // A web stream and a plain async generator.
  const web = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('web')); c.close(); } });
  assert.strictEqual(await text(web), 'web');
  assert.strictEqual(await text((async function* () { yield 'g'; yield Buffer.from('en'); })()), 'gen');
  assert.strictEqual(await text(Readable.from([])), '');

  await assert.rejects(json(Readable.from(['{'])), SyntaxError);
  const failing = new PassThrough();
  const pending = text(failing);
  failing.write('part');
  failing.destroy(new Error('boom'));
  await assert.rejects(pending, { message: 'boom' });
  await assert.rejects(text(5), TypeError);

  for (const [name, cls] of [['duplex', 'Duplex'], ['passthrough', 'PassThrough'], ['readable', 'Readable'],
    ['transform', 'Transform'], ['writable', 'Writable']]) {
    assert.strictEqual(require(`_stream_${name}`), require('stream')[cls]);
  }
})().then(common.mustCall());
