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


T('pipelineErr', (log) => { const r = new Readable({ read() {} }); const t = new Transform({ transform(c, e, cb) { cb(new Error('terr')); } }); const w = new Writable({ write(c, e, cb) { cb(); } }); ev(log, r, 'r.', ['close', 'error']); ev(log, w, 'w.', ['close', 'error']); pipeline(r, t, w, (err) => log('done', err, r.destroyed, t.destroyed, w.destroyed)); r.push('x'); });
T('pipelineGen', (log) => { pipeline(function* () { yield 'a'; yield 'b'; }, async function* (src) { for await (const c of src) yield c + c; }, async function (src) { let s = ''; for await (const c of src) s += c; return s; }, (err, val) => log('done', err, val)); });
T('pipelinePromise', (log) => { sp.pipeline(Readable.from(['x', 'y']), new PassThrough({ objectMode: true }), async function* (s) { for await (const c of s) yield c; }, new Writable({ objectMode: true, write(c, e, cb) { log('w', c); cb(); } })).then(() => log('resolved'), (e) => log('rejected', e)); });
T('pipelinePrematureClose', (log) => { const r = new Readable({ read() {} }); const w = new Writable({ write(c, e, cb) { cb(); } }); pipeline(r, w, (err) => log('done', err)); r.push('a'); setTimeout(() => w.destroy(), 2); });
T('pipelineMissing', (log) => { try { pipeline(new PassThrough(), () => {}); } catch (e) { log(e); } try { pipeline(); } catch (e) { log(e); } });
T('finished', (log) => { const r = new Readable({ read() {} }); finished(r, (err) => log('finished r', err)); r.resume(); r.push(null); const w = new Writable({ write(c, e, cb) { cb(); } }); finished(w, (err) => log('finished w', err)); w.destroy(); const w2 = new Writable({ write(c, e, cb) { cb(); } }); finished(w2, (err) => log('finished w2', err)); w2.end('x'); });
T('finishedPromise', (log) => { const r = Readable.from(['a']); sp.finished(r).then(() => log('ok')); r.resume(); });
process.on('exit', () => {
  const expected = {
  "pipelineErr": [
    "r.error Error[undefined]:terr",
    "r.close ",
    "w.error Error[undefined]:terr",
    "w.close ",
    "done Error[undefined]:terr true true true"
  ],
  "pipelineGen": [
    "done undefined aabb"
  ],
  "pipelinePromise": [
    "w x",
    "w y",
    "resolved"
  ],
  "pipelinePrematureClose": [
    "done Error[ERR_STREAM_PREMATURE_CLOSE]:Premature close"
  ],
  "pipelineMissing": [
    "TypeError[ERR_MISSING_ARGS]:The \"streams\" argument must be specified",
    "TypeError[ERR_INVALID_ARG_TYPE]:The \"streams[stream.length - 1]\" property must be of type function. Received undefined"
  ],
  "finished": [
    "finished w Error[ERR_STREAM_PREMATURE_CLOSE]:Premature close",
    "finished w2 undefined",
    "finished r undefined"
  ],
  "finishedPromise": [
    "ok"
  ]
};
  for (const name of Object.keys(expected)) assert.deepStrictEqual(out[name], expected[name], name);
});
