// util.format / formatWithOptions
// Expected strings were produced by node v20 and are hard-coded here.
const assert = require('assert');
const u = require('util');
const I = (v, o) => u.inspect(v, o);
const F = (...a) => u.format(...a);
const t = u.types;
class Foo { toString() { return 'FOO'; } }
class Bar {}

const cases = [
  ["fmt1", () => [F('%s', 'a'), F('%s', 1.5), F('%s', -0), F('%s', 12n), F('%s', null), F('%s', undefined), F('%s', Symbol('x')), F('%s', {a:{b:{c:1}}}), F('%s', [1,[2,[3]]]), F('%s', new Foo()), F('%s', new Bar()), F('%s', new Error('e').message), F('%s', new Date(0)), F('%s', () => 1)].join('|'),
    "a|1.5|-0|12n|null|undefined|Symbol(x)|{ a: [Object] }|[ 1, [Array] ]|FOO|Bar {}|e|1970-01-01T00:00:00.000Z|() => 1"],
  ["fmt2", () => [F('%d', '42'), F('%d', 1.5), F('%d', -0), F('%d', 5n), F('%d', Symbol()), F('%d', {}), F('%i', '42.9abc'), F('%i', 5n), F('%f', '1.5e3x'), F('%f', Symbol()), F('%j', {a:1}), F('%j', undefined)].join('|'),
    "42|1.5|-0|5n|NaN|NaN|42|5n|1500|NaN|{\"a\":1}|undefined"],
  ["fmt3", () => [F('%o', {a:[1,2,3]}), F('%O', {a:{b:{c:{d:1}}}}), F('%c', 'color: red'), F('%%'), F('%% %s', 'x'), F('100%'), F('%s'), F('%s %s', 'a'), F('%x', 1), F('a', 'b', 1, {c: 2}), F(1, 2, '3'), F('%s:%s', 'a', 'b', 'c'), F(), F('%'), F('a%'), F('%s%', 1)].join('|'),
    "{ a: [ 1, 2, 3, [length]: 3 ] }|{ a: { b: { c: [Object] } } }||%%|% x|100%|%s|a %s|%x 1|a b 1 { c: 2 }|1 2 3|a:b c||%|a%|1%"],
  ["fmtcirc", () => { const o = {}; o.o = o; return F('%j', o); },
    "[Circular]"],
  ["fmto2", () => F('%o', [1, {x: 2}]),
    "[ 1, { x: 2 }, [length]: 2 ]"],
  ["fmtopt", () => u.formatWithOptions({colors: true}, 'x %O', {a: 1}, 2, 'str'),
    "x { a: \u001b[33m1\u001b[39m } \u001b[33m2\u001b[39m str"],
  ["fmtopterr", () => { try { u.formatWithOptions(1, 'x'); } catch (e) { return e.code + ' ' + e.message; } },
    "ERR_INVALID_ARG_TYPE The \"inspectOptions\" argument must be of type object. Received type number (1)"],
  ["fmtprim", () => F('%s', new Number(5)) + F('%s', Object.create(null)) + F('%s', { [Symbol.toPrimitive]() { return 'P'; } }),
    "[Number: 5][Object: null prototype] {}P"],
  ["fmtstrerr", () => { const e = new Error('boom'); e.stack = 'Error: boom\n    at x (y:1:1)'; return F('%s', e) + '|' + F(e) + '|' + F('x', e); },
    "Error: boom\n    at x (y:1:1)|Error: boom\n    at x (y:1:1)|x Error: boom\n    at x (y:1:1)"],
  // Digit grouping: the options' numericSeparator, else inspect's default (restored after).
  ["fmtsep", () => {
    const sep = { numericSeparator: true };
    const withOptions = u.formatWithOptions(sep, '%f %d %i %s %s %d', 1234567.5, 1234567, '1234567', 1234567, 12345n, 1.2e21);
    u.inspect.defaultOptions.numericSeparator = true;
    try {
      return [withOptions, F('%d %s %i', 123456, -0, 98765n), u.formatWithOptions({ numericSeparator: false }, '%d', 1234567)].join('|');
    } finally {
      u.inspect.defaultOptions.numericSeparator = false;
    }
  }, "1_234_567.5 1_234_567 1_234_567 1_234_567 12_345n 1.2e+21|123_456 0 98_765n|1234567"],
];

let failed = 0;
for (const [label, fn, expected] of cases) {
  let actual;
  try {
    const r = fn();
    actual = typeof r === 'string' ? r : u.inspect(r);
  } catch (e) {
    actual = 'THREW ' + (e && e.stack);
  }
  try {
    assert.strictEqual(actual, expected, label);
  } catch (e) {
    failed++;
    process.exitCode = 1;
    if (failed === 1) throw new Error(`case ${label}:\n actual:   ${JSON.stringify(actual)}\n expected: ${JSON.stringify(expected)}`);
  }
}
