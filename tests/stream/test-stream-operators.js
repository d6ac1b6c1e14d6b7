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


T('operators', (log) => { (async () => { log('filter', await Readable.from([1, 2, 3, 4]).filter((x) => x % 2).toArray()); log('flatMap', await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray()); log('drop', await Readable.from([1, 2, 3]).drop(1).toArray()); log('take', await Readable.from([1, 2, 3]).take(2).toArray()); log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0)); log('some', await Readable.from([1, 2]).some((x) => x > 1)); log('every', await Readable.from([1, 2]).every((x) => x > 1)); log('find', await Readable.from([1, 2]).find((x) => x > 1)); await Readable.from([1]).forEach((x) => log('each', x)); try { await Readable.from([]).reduce((a, b) => a); } catch (e) { log(e); } try { Readable.from([1]).map(5); } catch (e) { log(e); } try { Readable.from([1]).drop(-1); } catch (e) { log(e); } log('mapc', await Readable.from([30, 10, 20]).map((x) => new Promise((r) => setTimeout(() => r(x), x / 10)), { concurrency: 3 }).toArray()); })(); });
process.on('exit', () => {
  const expected = {
  "operators": [
    "filter 1,3",
    "flatMap 1,1,2,2",
    "drop 2,3",
    "take 1,2",
    "reduce 6",
    "some true",
    "every false",
    "find 2",
    "each 1",
    "TypeError[ERR_MISSING_ARGS]:Reduce of an empty stream requires an initial value",
    "TypeError[ERR_INVALID_ARG_TYPE]:The \"fn\" argument must be of type function or an instance of AsyncFunction. Received type number (5)",
    "RangeError[ERR_OUT_OF_RANGE]:The value of \"number\" is out of range. It must be >= 0. Received -1",
    "mapc 30,10,20"
  ]
};
  for (const name of Object.keys(expected)) assert.deepStrictEqual(out[name], expected[name], name);
});
