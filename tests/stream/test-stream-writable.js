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


T('backpressure', (log) => { const w = new Writable({ highWaterMark: 5, write(c, e, cb) { log('_write', c.toString(), e); setImmediate(cb); } }); ev(log, w, 'w.', WE); log('ret', w.write('abc')); log('ret', w.write('de')); log('ret', w.write('f', () => log('cb f'))); log('len', w.writableLength, w.writableNeedDrain); w.end('g', () => log('end cb')); log('ended', w.writableEnded, w.writableFinished); });
T('writev', (log) => { const w = new Writable({ write(c, e, cb) { log('_write', c); cb(); }, writev(chunks, cb) { log('_writev', chunks.map((c) => c.chunk.toString() + ':' + c.encoding).join(',')); cb(); } }); ev(log, w, 'w.', WE); w.cork(); w.write('a'); w.write('b', 'latin1'); w.write(Buffer.from('c')); process.nextTick(() => { w.uncork(); w.end(); }); });
T('writev-decode', (log) => { const w = new Writable({ decodeStrings: false, writev(chunks, cb) { log('_writev', chunks.map((c) => c.chunk + ':' + c.encoding).join(','), chunks.allBuffers); cb(); } }); w.cork(); w.write('a'); w.write('b', 'hex'); w.end(); w.on('finish', () => log('finish')); });
T('writeAfterEnd', (log) => { const w = new Writable({ write(c, e, cb) { cb(); } }); ev(log, w, 'w.', WE); w.end(); w.write('x', (err) => log('cb', err)); });
T('writeAfterEndNoAuto', (log) => { const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } }); ev(log, w, 'w.', WE); w.end(); log('write', w.write('x', (err) => log('cb', err))); w.end((e) => log('end2', e)); });
T('writeDestroyed', (log) => { const w = new Writable({ write(c, e, cb) { cb(); } }); ev(log, w, 'w.', WE); w.destroy(); log('write', w.write('x', (err) => log('cb', err))); log('destroyed', w.destroyed); });
T('destroyPending', (log) => { const w = new Writable({ write(c, e, cb) { setTimeout(cb, 2); } }); ev(log, w, 'w.', WE); w.write('a', (e) => log('cb a', e)); w.write('b', (e) => log('cb b', e)); w.end((e) => log('end cb', e)); w.destroy(); });
T('writeErr', (log) => { const w = new Writable({ write(c, e, cb) { cb(new Error('werr')); } }); ev(log, w, 'w.', WE); w.write('a', (e) => log('cb', e)); w.write('b', (e) => log('cb2', e)); });
T('noWrite', (log) => { const w = new Writable(); ev(log, w, 'w.', ['error', 'close']); w.write('x'); });
T('nullWrite', (log) => { const w = new Writable({ write(c, e, cb) { cb(); } }); try { w.write(null); } catch (e) { log(e); } try { w.write(5); } catch (e) { log(e); } try { w.write('x', 'bogus'); } catch (e) { log(e); } });
T('construct', (log) => { const w = new Writable({ construct(cb) { log('construct'); setTimeout(cb, 2); }, write(c, e, cb) { log('_write', c); cb(); }, final(cb) { log('final'); cb(); } }); ev(log, w, 'w.', WE); w.write('a'); w.end(); log('sync done'); });
T('noAutoDestroy', (log) => { const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } }); ev(log, w, 'w.', ['finish', 'close']); w.end(); setTimeout(() => log('destroyed', w.destroyed, w.writableFinished), 3); });
T('endTwice', (log) => { const w = new Writable({ write(c, e, cb) { cb(); } }); w.on('error', (e) => log('error', e)); w.end(); w.end((e) => log('cb', e)); setTimeout(() => { w.end((e) => log('late', e)); }, 3); });
T('addAbortSignal', (log) => { const ac = new AbortController(); const w = stream.addAbortSignal(ac.signal, new Writable({ write(c, e, cb) { cb(); } })); ev(log, w, 'w.', ['error', 'close']); setTimeout(() => ac.abort(), 1); try { stream.addAbortSignal({}, w); } catch (e) { log(e); } });
process.on('exit', () => {
  const expected = {
  "backpressure": [
    "_write abc buffer",
    "ret true",
    "ret false",
    "ret false",
    "len 6 true",
    "ended true false",
    "_write de buffer",
    "_write f buffer",
    "_write g buffer",
    "cb f",
    "w.prefinish ",
    "end cb",
    "w.finish ",
    "w.close "
  ],
  "writev": [
    "_writev a:buffer,b:buffer,c:buffer",
    "w.prefinish ",
    "w.finish ",
    "w.close "
  ],
  "writev-decode": [
    "_writev a:utf8,b:hex false",
    "finish"
  ],
  "writeAfterEnd": [
    "w.prefinish ",
    "cb Error[ERR_STREAM_WRITE_AFTER_END]:write after end",
    "w.error Error[ERR_STREAM_WRITE_AFTER_END]:write after end",
    "w.close "
  ],
  "writeAfterEndNoAuto": [
    "w.prefinish ",
    "write false",
    "cb Error[ERR_STREAM_WRITE_AFTER_END]:write after end",
    "w.error Error[ERR_STREAM_WRITE_AFTER_END]:write after end",
    "end2 Error[ERR_STREAM_WRITE_AFTER_END]:write after end"
  ],
  "writeDestroyed": [
    "write false",
    "destroyed true",
    "w.close ",
    "cb Error[ERR_STREAM_DESTROYED]:Cannot call write after a stream was destroyed"
  ],
  "destroyPending": [
    "w.close ",
    "cb a null",
    "cb b Error[ERR_STREAM_DESTROYED]:Cannot call write after a stream was destroyed",
    "end cb Error[ERR_STREAM_DESTROYED]:Cannot call end after a stream was destroyed"
  ],
  "writeErr": [
    "cb Error[undefined]:werr",
    "cb2 Error[undefined]:werr",
    "w.error Error[undefined]:werr",
    "w.close "
  ],
  "noWrite": [
    "THROW Error[ERR_METHOD_NOT_IMPLEMENTED]:The _write() method is not implemented"
  ],
  "nullWrite": [
    "TypeError[ERR_STREAM_NULL_VALUES]:May not write null values to stream",
    "TypeError[ERR_INVALID_ARG_TYPE]:The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)",
    "TypeError[ERR_UNKNOWN_ENCODING]:Unknown encoding: bogus"
  ],
  "construct": [
    "sync done",
    "construct",
    "_write <buf a>",
    "final",
    "w.prefinish ",
    "w.finish ",
    "w.close "
  ],
  "noAutoDestroy": [
    "w.finish ",
    "destroyed false true"
  ],
  "endTwice": [
    "cb null",
    "late Error[ERR_STREAM_ALREADY_FINISHED]:Cannot call end after a stream was finished"
  ],
  "addAbortSignal": [
    "TypeError[ERR_INVALID_ARG_TYPE]:The \"signal\" argument must be an instance of AbortSignal. Received an instance of Object",
    "w.error AbortError[ABORT_ERR]:The operation was aborted",
    "w.close "
  ]
};
  for (const name of Object.keys(expected)) assert.deepStrictEqual(out[name], expected[name], name);
});
