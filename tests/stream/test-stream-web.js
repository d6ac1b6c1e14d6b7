'use strict';
// stream/web: readers, writers, transforms, byte streams and the node adapters; errors and
// their codes as node v20 gives them (this file passes under node unchanged).
const assert = require('assert');
const { mustCall } = require('../common');
const web = require('stream/web');
const { Readable, Writable, Duplex, pipeline } = require('stream');
const { finished } = require('stream/promises');
const {
  ReadableStream, WritableStream, TransformStream, CountQueuingStrategy, ByteLengthQueuingStrategy,
  TextEncoderStream, TextDecoderStream, CompressionStream, DecompressionStream,
} = web;

const invalidState = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_STATE', message: `Invalid state: ${message}` });

async function collect(readable) {
  const chunks = [];
  for await (const chunk of readable) chunks.push(chunk);
  return chunks;
}

const cases = {
  async globals() {
    for (const name of Object.keys(web)) {
      const desc = Object.getOwnPropertyDescriptor(globalThis, name);
      assert.strictEqual(desc.enumerable, false, name);
      assert.strictEqual(globalThis[name], web[name], name);
    }
    assert.strictEqual(Object.prototype.toString.call(new ReadableStream()), '[object ReadableStream]');
  },

  async lockedTwice() {
    const rs = new ReadableStream();
    const reader = rs.getReader();
    assert.throws(() => rs.getReader(), invalidState('ReadableStream is locked'));
    await assert.rejects(rs.cancel(), invalidState('ReadableStream is locked'));
    const pending = reader.read();
    reader.releaseLock();
    await assert.rejects(pending, invalidState('Releasing reader'));
    await assert.rejects(reader.read(), invalidState('The reader is not attached to a stream'));
    assert.strictEqual(rs.locked, false);
    assert.throws(() => ReadableStream.prototype.getReader.call({}), { code: 'ERR_INVALID_THIS' });
  },

  async badConstruction() {
    assert.throws(() => new ReadableStream(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
    assert.throws(() => new ReadableStream({ type: 'foo' }), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
    assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
    assert.throws(() => new ReadableStream({ pull: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => new WritableStream({ type: 'bytes' }), { code: 'ERR_INVALID_ARG_VALUE', name: 'RangeError' });
    assert.throws(() => new web.ReadableStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
    assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.throws(() => new CountQueuingStrategy({}), { code: 'ERR_MISSING_OPTION' });
  },

  async controllerClosed() {
    let controller;
    const rs = new ReadableStream({ start(c) { controller = c; } });
    controller.enqueue('a');
    controller.close();
    assert.throws(() => controller.enqueue('b'), invalidState('Controller is already closed'));
    assert.throws(() => controller.close(), invalidState('Controller is already closed'));
    assert.deepStrictEqual(await collect(rs), ['a']);
  },

  async writeAfterClose() {
    const written = [];
    const ws = new WritableStream({ write(chunk) { written.push(chunk); } });
    const writer = ws.getWriter();
    assert.throws(() => ws.getWriter(), invalidState('WritableStream is locked'));
    const wrote = writer.write('x');
    const closed = writer.close();
    const lateWrite = writer.write('y');
    const secondClose = writer.close();
    await assert.rejects(lateWrite, invalidState('WritableStream is closed'));
    await assert.rejects(secondClose, invalidState('Failure to close WritableStream'));
    await Promise.all([wrote, closed, writer.closed]);
    await assert.rejects(writer.close(), invalidState('WritableStream is closed'));
    assert.deepStrictEqual(written, ['x']);
    writer.releaseLock();
    assert.throws(() => writer.desiredSize, invalidState('Writer is not bound to a WritableStream'));
  },

  async cancelWithReason() {
    const reasons = [];
    const rs = new ReadableStream({ cancel(reason) { reasons.push(reason); } });
    assert.strictEqual(await rs.cancel('because'), undefined);
    assert.deepStrictEqual(reasons, ['because']);
    const aborted = [];
    const ws = new WritableStream({ abort(reason) { aborted.push(reason); } });
    const writer = ws.getWriter();
    await writer.abort('why');
    await assert.rejects(writer.write(1), (err) => err === 'why');
    assert.deepStrictEqual(aborted, ['why']);
  },

  async backpressure() {
    let controller;
    const rs = new ReadableStream({ start(c) { controller = c; } }, new CountQueuingStrategy({ highWaterMark: 3 }));
    assert.strictEqual(controller.desiredSize, 3);
    controller.enqueue(1);
    controller.enqueue(2);
    assert.strictEqual(controller.desiredSize, 1);
    await rs.getReader().read();
    assert.strictEqual(controller.desiredSize, 2);

    let release;
    const ws = new WritableStream({ write() { return new Promise((resolve) => { release = resolve; }); } },
                                  new ByteLengthQueuingStrategy({ highWaterMark: 4 }));
    const writer = ws.getWriter();
    assert.strictEqual(writer.desiredSize, 4);
    const first = writer.write(new Uint8Array(3));
    const second = writer.write(new Uint8Array(3));
    assert.strictEqual(writer.desiredSize, -2);
    let ready = false;
    writer.ready.then(() => { ready = true; });
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(ready, false);
    release();
    await first;
    await writer.ready;
    assert.strictEqual(writer.desiredSize, 1);
    release();
    await second;
    assert.strictEqual(writer.desiredSize, 4);
  },

  async transformPipeline() {
    const upper = new TransformStream({
      transform(chunk, controller) { controller.enqueue(chunk.toUpperCase()); },
      flush(controller) { controller.enqueue('!'); },
    });
    const out = [];
    await ReadableStream.from(['a', 'b']).pipeThrough(upper)
      .pipeThrough(new TextEncoderStream())
      .pipeThrough(new TextDecoderStream())
      .pipeTo(new WritableStream({ write(chunk) { out.push(chunk); } }));
    assert.strictEqual(out.join(''), 'AB!');

    const failing = new TransformStream({ transform() { throw new Error('boom'); } });
    await assert.rejects(ReadableStream.from(['x']).pipeThrough(failing).getReader().read(), /boom/);
  },

  async teeAndIterate() {
    const [a, b] = ReadableStream.from([1, 2, 3]).tee();
    assert.deepStrictEqual(await Promise.all([collect(a), collect(b)]), [[1, 2, 3], [1, 2, 3]]);
    const cancelled = [];
    const rs = new ReadableStream({ pull(c) { c.enqueue('x'); }, cancel(r) { cancelled.push(r); } });
    for await (const chunk of rs) {
      assert.strictEqual(chunk, 'x');
      break;
    }
    assert.deepStrictEqual(cancelled, [undefined]);
    assert.strictEqual(rs.locked, false);
  },

  async byteStream() {
    let n = 0;
    const rs = new ReadableStream({
      type: 'bytes',
      pull(controller) {
        const view = controller.byobRequest.view;
        view[0] = ++n;
        view[1] = n;
        controller.byobRequest.respond(2);
        if (n === 2) controller.close();
      },
    });
    const reader = rs.getReader({ mode: 'byob' });
    const first = await reader.read(new Uint8Array(4));
    assert.deepStrictEqual([...first.value], [1, 1]);
    const second = await reader.read(new Uint8Array(4));
    assert.deepStrictEqual([...second.value], [2, 2]);
    const end = await reader.read(new Uint8Array(4));
    assert.strictEqual(end.done, true);
    await assert.rejects(reader.read(new Uint8Array(0)), invalidState('View or Viewed ArrayBuffer is zero-length or detached'));

    let controller;
    new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    assert.throws(() => controller.enqueue(new Uint8Array(0)), invalidState('chunk ArrayBuffer is zero-length or detached'));
    assert.throws(() => controller.enqueue(1), { code: 'ERR_INVALID_ARG_TYPE' });

    const tooMuch = new ReadableStream({ type: 'bytes', pull(c) { c.byobRequest.respond(100); } });
    await assert.rejects(tooMuch.getReader({ mode: 'byob' }).read(new Uint8Array(4)),
                         { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
  },

  async adaptersToWeb() {
    const readable = Readable.from(['a', 'b'], { objectMode: true });
    assert.deepStrictEqual(await collect(Readable.toWeb(readable)), ['a', 'b']);
    const got = [];
    const writable = new Writable({ write(chunk, enc, cb) { got.push(chunk.toString()); cb(); } });
    const ws = Writable.toWeb(writable);
    const writer = ws.getWriter();
    await writer.write(new TextEncoder().encode('hi'));
    await writer.close();
    assert.deepStrictEqual(got, ['hi']);
    assert.throws(() => Readable.toWeb(1), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => Duplex.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
  },

  async adaptersFromWeb() {
    const readable = Readable.fromWeb(ReadableStream.from(['x', 'y']), { encoding: 'utf8' });
    let text = '';
    for await (const chunk of readable) text += chunk;
    assert.strictEqual(text, 'xy');
    const sink = [];
    const writable = Writable.fromWeb(new WritableStream({ write(chunk) { sink.push(Buffer.from(chunk).toString()); } }));
    writable.end('data');
    await finished(writable);
    assert.deepStrictEqual(sink, ['data']);
    assert.throws(() => Readable.fromWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => Duplex.fromWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });

    const { readable: r, writable: w } = new TransformStream();
    const duplex = Duplex.fromWeb({ readable: r, writable: w }, { encoding: 'utf8' });
    duplex.end('echo');
    let echoed = '';
    for await (const chunk of duplex) echoed += chunk;
    assert.strictEqual(echoed, 'echo');
  },

  async pipelineWithWebStreams() {
    const out = [];
    await new Promise((resolve, reject) => {
      pipeline(ReadableStream.from(['a', 'b']), new TransformStream({
        transform(chunk, c) { c.enqueue(chunk + chunk); },
      }), new WritableStream({ write(chunk) { out.push(chunk); } }), (err) => (err ? reject(err) : resolve()));
    });
    assert.deepStrictEqual(out, ['aa', 'bb']);
    const duplex = Duplex.from(ReadableStream.from(['z']));
    assert.deepStrictEqual(await duplex.toArray(), [Buffer.from('z')]);
  },

  async compression() {
    const input = 'hello '.repeat(100);
    const compressed = ReadableStream.from([new TextEncoder().encode(input)])
      .pipeThrough(new CompressionStream('gzip'))
      .pipeThrough(new DecompressionStream('gzip'))
      .pipeThrough(new TextDecoderStream());
    assert.strictEqual((await collect(compressed)).join(''), input);
    assert.throws(() => new CompressionStream('x'), { code: 'ERR_INVALID_ARG_VALUE' });
  },
};

(async () => {
  for (const [name, fn] of Object.entries(cases)) {
    try {
      await fn();
    } catch (err) {
      err.message = `${name}: ${err.message}`;
      throw err;
    }
  }
})().then(mustCall());
