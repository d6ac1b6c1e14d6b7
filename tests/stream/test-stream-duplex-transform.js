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


T('transform', (log) => { const t = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); }, flush(cb) { this.push('!'); cb(); } }); ev(log, t, 't.', ['data', 'end', 'finish', 'prefinish', 'close', 'error']); t.write('ab'); t.end('cd'); });
T('objectMode', (log) => { const t = new PassThrough({ objectMode: true, highWaterMark: 2 }); log('w', t.write({ a: 1 })); log('w', t.write(2)); log('w', t.write('s')); log(t.readableLength, t.writableLength); t.on('data', (d) => log('data', d)); t.end(); t.on('end', () => log('end')); });
T('halfOpen', (log) => { const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } }); ev(log, d, 'd.', ['end', 'finish', 'close', 'prefinish']); d.resume(); d.push(null); });
T('duplexBoth', (log) => { const d = new Duplex({ read() {}, write(c, e, cb) { log('_write', c); cb(); } }); ev(log, d, 'd.', ['end', 'finish', 'close']); d.resume(); d.write('a'); d.end(); d.push(null); });
T('legacy', (log) => { const s = new stream.Stream(); s.readable = true; const w = new PassThrough(); ev(log, w, 'w.', ['pipe', 'data', 'finish', 'end']); s.pipe(w); s.emit('data', Buffer.from('hi')); s.emit('end'); });
T('multiPipe', (log) => { const r = new Readable({ read() {} }); const fast = new Writable({ highWaterMark: 1, write(c, e, cb) { log('fast', c); cb(); } }); const slow = new Writable({ highWaterMark: 1, write(c, e, cb) { log('slow', c); setTimeout(cb, 3); } }); r.pipe(fast); r.pipe(slow); r.push('1'); r.push('2'); r.push('3'); r.push(null); slow.on('finish', () => log('slow finish')); fast.on('finish', () => log('fast finish')); });
T('unpipe', (log) => { const r = new Readable({ read() {} }); const w = new PassThrough(); ev(log, w, 'w.', ['pipe', 'unpipe']); ev(log, r, 'r.', ['pause', 'resume']); r.pipe(w); r.unpipe(w); log('flowing', r.readableFlowing, r.isPaused()); });
T('compose', (log) => { const c = stream.compose(new PassThrough(), async function* (s) { for await (const x of s) yield String(x).toUpperCase(); }); c.on('data', (d) => log('data', d)); c.on('end', () => log('end')); c.end('abc'); });
T('duplexFrom', (log) => { const d = Duplex.from(Promise.resolve('p')); d.on('data', (x) => log('data', x)); d.on('end', () => log('end')); const d2 = Duplex.from([1, 2]); d2.toArray().then((a) => log('arr', a)); });
T('duplexPair', (log) => { const [a, b] = stream.duplexPair(); b.on('data', (d) => log('b data', d)); a.write('hi'); a.end(); b.on('end', () => log('b end')); });
T('setDefaultHwm', (log) => { log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true)); try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { log(e); } });
process.on('exit', () => {
  const expected = {
  "transform": [
    "t.data <buf AB>",
    "t.data <buf CD>",
    "t.data <buf !>",
    "t.prefinish ",
    "t.end ",
    "t.finish ",
    "t.close "
  ],
  "objectMode": [
    "w true",
    "w true",
    "w false",
    "2 2",
    "data [object Object]",
    "data 2",
    "data s",
    "end"
  ],
  "halfOpen": [
    "d.end ",
    "d.prefinish ",
    "d.finish ",
    "d.close "
  ],
  "duplexBoth": [
    "_write <buf a>",
    "d.finish ",
    "d.end ",
    "d.close "
  ],
  "legacy": [
    "w.pipe ",
    "w.data <buf hi>",
    "w.end ",
    "w.finish "
  ],
  "multiPipe": [
    "fast <buf 1>",
    "slow <buf 1>",
    "fast <buf 2>",
    "slow <buf 2>",
    "fast <buf 3>",
    "slow <buf 3>",
    "fast finish",
    "slow finish"
  ],
  "unpipe": [
    "w.pipe ",
    "r.pause ",
    "w.unpipe ",
    "flowing false true",
    "r.resume "
  ],
  "compose": [
    "data ABC",
    "end"
  ],
  "duplexFrom": [
    "data p",
    "end",
    "arr 1,2"
  ],
  "duplexPair": [
    "b data <buf hi>",
    "b end"
  ],
  "setDefaultHwm": [
    "16384 16",
    "RangeError[ERR_OUT_OF_RANGE]:The value of \"value\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"
  ]
};
  for (const name of Object.keys(expected)) assert.deepStrictEqual(out[name], expected[name], name);
});
