// console.time/timeLog/timeEnd output format (ms, s, m:ss.mmm, h:mm:ss.mmm) and the
// warnings for unknown or duplicate labels; process.hrtime is faked for exact durations.
const assert = require('assert');
const { Console } = require('console');

let data = '';
const EventEmitter = require('events');
const c = new Console(Object.assign(new EventEmitter(), { write(s) { data += s; return true; } }));
const warnings = [];
const realEmit = process.emitWarning;
process.emitWarning = (msg) => warnings.push(String(msg));
const realHrtime = process.hrtime;

const expected = {
  0.0004: '0ms',
  1.23456: '1.235ms',
  999.9996: '1000ms',
  1000: '1.000s',
  1500.5: '1.500s',
  61234.5: '1:01.234 (m:ss.mmm)',
  3600000: '1:00:00.000 (h:mm:ss.mmm)',
  3725123.4567: '1:02:05.123 (h:mm:ss.mmm)',
  59999.9999: '60.000s',
};
try {
  for (const [ms, text] of Object.entries(expected).map(([k, v]) => [Number(k), v])) {
    process.hrtime = (prev) => (prev ? [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)] : [0, 0]);
    data = '';
    c.time('t');
    c.timeLog('t', 'extra', { a: 1 });
    c.timeEnd('t');
    assert.strictEqual(data, `t: ${text} extra { a: 1 }\nt: ${text}\n`);
  }
  process.hrtime = () => [0, 0];
  data = '';
  c.time();
  c.timeEnd();
  assert.strictEqual(data, 'default: 0ms\n');

  c.timeEnd('nope');
  c.time('dup');
  c.time('dup');
  c.countReset('zz');
  c.timeLog('nope');
  assert.deepStrictEqual(warnings, [
    "No such label 'nope' for console.timeEnd()",
    "Label 'dup' already exists for console.time()",
    "Count for 'zz' does not exist",
    "No such label 'nope' for console.timeLog()",
  ]);
} finally {
  process.hrtime = realHrtime;
  process.emitWarning = realEmit;
}
