'use strict';
// Event order and errors, expectations recorded from node v20.
const assert = require('assert');
const stream = require('stream');
const sp = require('stream/promises');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = stream;
const out = {};
function L(name) { out[name] = out[name] || []; return (...a) => out[name].push(a.map((x) => x instanceof Error ? `${x.name}[${x.code}]:${x.message}` : typeof x === 'object' && x !== null && !x instanceof Uint8Array ? JSON.stringify(x) : x instanceof Uint8Array ? `<buf ${x.toString()}>` : String(x)).join(' ')); }
function ev(log, s, prefix, evs) { for (const e of evs) s.on(e, (a) => log(prefix + e, e === 'data' ? a : e === 'error' ? a : '')); }
const RE = ['data', 'end', 'close', 'error', 'pause', 'resume', 'readable'];
const WE = ['finish', 'prefinish', 'close', 'error', 'drain', 'pipe', 'unpipe'];
const T = (name, f) => { const log = L(name); try { f(log); } catch (e) { log('THROW', e); } };


T('flowing', (log) => { let i = 0; const r = new Readable({ read() { log('_read', i); if (i < 3) this.push('x' + i++); else this.push(null); } }); ev(log, r, 'r.', ['data', 'end', 'close', 'error', 'pause', 'resume']); });
T('paused', (log) => { const r = new Readable({ highWaterMark: 4, read() {} }); r.push('abcdef'); r.push('gh'); r.on('readable', () => { let c; log('readable', r.readableLength); while ((c = r.read(3)) !== null) log('read', c); }); r.on('end', () => log('end')); setTimeout(() => r.push(null), 5); });
T('encoding', (log) => { const r = new Readable({ read() {} }); r.setEncoding('utf8'); r.on('data', (d) => log('data', JSON.stringify(d))); r.push(Buffer.from([0xe2])); r.push(Buffer.from([0x82, 0xac, 0x41])); r.push(Buffer.from([0xf0, 0x9f])); r.push(null); r.on('end', () => log('end')); });
T('pushAfterEof', (log) => { const r = new Readable({ read() {} }); ev(log, r, 'r.', ['error', 'close', 'end']); r.push(null); r.push('x'); });
T('unshiftAfterEnd', (log) => { const r = new Readable({ read() {} }); r.on('data', () => {}); r.on('end', () => { r.unshift('x'); }); ev(log, r, 'r.', ['error', 'close', 'end']); r.push(null); });
T('noRead', (log) => { const r = new Readable(); ev(log, r, 'r.', ['error', 'close']); r.read(); });
T('badPush', (log) => { const r = new Readable({ read() {} }); ev(log, r, 'r.', ['error', 'close']); r.push(5); });
T('readableState', (log) => { const r = new Readable({ read() {}, highWaterMark: 10 }); log(r.readableHighWaterMark, r.readableFlowing, r.readableLength, r.readableEnded, r.readable, r.readableObjectMode, r.readableEncoding, r.destroyed, r.closed, r.errored, stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r)); r.push('abc'); r.read(1); log(stream.isDisturbed(r), r.readableDidRead, r.readableLength); try { new Readable({ highWaterMark: -1 }); } catch (e) { log(e); } try { new Duplex({ readableHighWaterMark: 1.5 }); } catch (e) { log(e); } });
T('readHwm', (log) => { const r = new Readable({ read(n) { log('_read', n); } }); r.read(100); log(r.readableHighWaterMark); try { r.read(2 ** 31); } catch (e) { log(e); } });
T('unshift', (log) => { const r = new Readable({ read() {} }); r.setEncoding('utf8'); r.push('abc'); r.unshift('xy'); log(r.read()); r.unshift(Buffer.from('€')); log(r.read()); });
T('destroyErr', (log) => { const r = new Readable({ read() {} }); ev(log, r, 'r.', RE); r.destroy(new Error('boom')); log('destroyed', r.destroyed, r.errored && r.errored.message, r.readableAborted); r.push('x'); });
T('destroyCb', (log) => { const r = new Readable({ read() {}, destroy(err, cb) { log('_destroy', err); setTimeout(() => cb(new Error('fromDestroy')), 1); } }); ev(log, r, 'r.', ['error', 'close']); r.destroy(null, (e) => log('cb', e)); r.destroy(); });
T('asyncIter', (log) => { (async () => { const r = Readable.from(['a', 'b', 'c']); for await (const c of r) { log('chunk', c); if (c === 'b') break; } log('after', r.destroyed); const r2 = new Readable({ read() {} }); setTimeout(() => r2.destroy(new Error('itErr')), 1); try { for await (const c of r2) log(c); } catch (e) { log('caught', e); } })(); });
T('readableListenerSwitch', (log) => { const r = new Readable({ read() {} }); r.push('a'); const f = () => { log('readable', r.read()); }; r.on('readable', f); r.on('data', (d) => log('data', d)); setTimeout(() => { r.removeListener('readable', f); r.push('b'); setTimeout(() => { r.push(null); }, 2); }, 2); r.on('end', () => log('end')); });
T('noEmitClose', (log) => { const r = new Readable({ emitClose: false, read() { this.push(null); } }); ev(log, r, 'r.', ['end', 'close']); r.resume(); setTimeout(() => log('destroyed', r.destroyed, r.closed), 3); });
T('constructRead', (log) => { const r = new Readable({ construct(cb) { log('construct'); process.nextTick(cb); }, read() { log('_read'); this.push(null); } }); ev(log, r, 'r.', RE); });
T('abort', (log) => { const ac = new AbortController(); const r = new Readable({ read() {}, signal: ac.signal }); ev(log, r, 'r.', ['error', 'close']); ac.abort(); });
process.on('exit', () => {
  const expected = {
  "flowing": [
    "_read 0",
    "r.resume ",
    "_read 1",
    "r.data <buf x0>",
    "_read 2",
    "r.data <buf x1>",
    "_read 3",
    "r.data <buf x2>",
    "r.end ",
    "r.close "
  ],
  "paused": [
    "readable 8",
    "read <buf abc>",
    "read <buf def>",
    "readable 2",
    "read <buf gh>",
    "end"
  ],
  "encoding": [
    "data \"€A\"",
    "data \"�\"",
    "end"
  ],
  "pushAfterEof": [
    "r.error Error[ERR_STREAM_PUSH_AFTER_EOF]:stream.push() after EOF",
    "r.close "
  ],
  "unshiftAfterEnd": [
    "r.end ",
    "r.error Error[ERR_STREAM_UNSHIFT_AFTER_END_EVENT]:stream.unshift() after end event",
    "r.close "
  ],
  "noRead": [
    "r.error Error[ERR_METHOD_NOT_IMPLEMENTED]:The _read() method is not implemented",
    "r.close "
  ],
  "badPush": [
    "r.error TypeError[ERR_INVALID_ARG_TYPE]:The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)",
    "r.close "
  ],
  "readableState": [
    "10 null 0 false true false null false false null true false false",
    "true true 2",
    "TypeError[ERR_INVALID_ARG_VALUE]:The property 'options.highWaterMark' is invalid. Received -1",
    "TypeError[ERR_INVALID_ARG_VALUE]:The property 'options.readableHighWaterMark' is invalid. Received 1.5"
  ],
  "readHwm": [
    "_read 16384",
    "16384",
    "RangeError[ERR_OUT_OF_RANGE]:The value of \"size\" is out of range. It must be <= 1GiB. Received 2147483648"
  ],
  "unshift": [
    "xyabc",
    "€"
  ],
  "destroyErr": [
    "destroyed true boom true",
    "r.resume ",
    "r.error Error[undefined]:boom",
    "r.close "
  ],
  "destroyCb": [
    "_destroy null",
    "cb Error[undefined]:fromDestroy",
    "r.error Error[undefined]:fromDestroy",
    "r.close "
  ],
  "asyncIter": [
    "chunk a",
    "chunk b",
    "after true",
    "caught Error[undefined]:itErr"
  ],
  "readableListenerSwitch": [
    "data <buf a>",
    "readable <buf a>",
    "data <buf b>",
    "end"
  ],
  "noEmitClose": [
    "r.end ",
    "destroyed true true"
  ],
  "constructRead": [
    "construct",
    "r.resume ",
    "_read",
    "r.readable "
  ],
  "abort": [
    "r.error AbortError[ABORT_ERR]:The operation was aborted",
    "r.close "
  ]
};
  for (const name of Object.keys(expected)) assert.deepStrictEqual(out[name], expected[name], name);
});
