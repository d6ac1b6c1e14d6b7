// console.table's box drawing, exactly as node v20 prints it.
const assert = require('assert');
const { Console } = require('console');

let data = '';
const EventEmitter = require('events');
const c = new Console(Object.assign(new EventEmitter(), { write(s) { data += s; return true; } }));
function table(...args) {
  data = '';
  c.table(...args);
  return data;
}

assert.strictEqual(table([{ a: 1, b: 'x' }, { a: 2, c: [1, 2, 3, 4] }]),
  '┌─────────┬───┬─────┬──────────────────────────────┐\n' +
  '│ (index) │ a │ b   │ c                            │\n' +
  '├─────────┼───┼─────┼──────────────────────────────┤\n' +
  "│ 0       │ 1 │ 'x' │                              │\n" +
  '│ 1       │ 2 │     │ [ 1, 2, 3, ... 1 more item ] │\n' +
  '└─────────┴───┴─────┴──────────────────────────────┘\n');

assert.strictEqual(table([1, 'two', { a: 1 }]),
  '┌─────────┬───┬────────┐\n' +
  '│ (index) │ a │ Values │\n' +
  '├─────────┼───┼────────┤\n' +
  '│ 0       │   │ 1      │\n' +
  "│ 1       │   │ 'two'  │\n" +
  '│ 2       │ 1 │        │\n' +
  '└─────────┴───┴────────┘\n');

assert.strictEqual(table(new Map([['k', { v: 1 }]])),
  '┌───────────────────┬─────┬──────────┐\n' +
  '│ (iteration index) │ Key │ Values   │\n' +
  '├───────────────────┼─────┼──────────┤\n' +
  "│ 0                 │ 'k' │ { v: 1 } │\n" +
  '└───────────────────┴─────┴──────────┘\n');

assert.strictEqual(table(new Set([1, '中文'])),
  '┌───────────────────┬────────┐\n' +
  '│ (iteration index) │ Values │\n' +
  '├───────────────────┼────────┤\n' +
  '│ 0                 │ 1      │\n' +
  "│ 1                 │ '中文' │\n" +
  '└───────────────────┴────────┘\n');

assert.strictEqual(table({ r1: { c: 1, d: 5 }, r2: { c: 22222222 } }, ['c']),
  '┌─────────┬──────────┐\n' +
  '│ (index) │ c        │\n' +
  '├─────────┼──────────┤\n' +
  '│ r1      │ 1        │\n' +
  '│ r2      │ 22222222 │\n' +
  '└─────────┴──────────┘\n');

assert.strictEqual(table([[1, 2], [3, 4]]),
  '┌─────────┬───┬───┐\n' +
  '│ (index) │ 0 │ 1 │\n' +
  '├─────────┼───┼───┤\n' +
  '│ 0       │ 1 │ 2 │\n' +
  '│ 1       │ 3 │ 4 │\n' +
  '└─────────┴───┴───┘\n');

assert.strictEqual(table([{ a: { b: { c: 1 } }, d: { x: 1, y: 2, z: 3 } }]),
  '┌─────────┬─────────────────┬──────────┐\n' +
  '│ (index) │ a               │ d        │\n' +
  '├─────────┼─────────────────┼──────────┤\n' +
  '│ 0       │ { b: [Object] } │ [Object] │\n' +
  '└─────────┴─────────────────┴──────────┘\n');

assert.strictEqual(table(5), '5\n');
assert.strictEqual(table(null), 'null\n');
assert.strictEqual(table('str'), 'str\n');
assert.strictEqual(table([]),
  '┌─────────┐\n' +
  '│ (index) │\n' +
  '├─────────┤\n' +
  '└─────────┘\n');

assert.throws(() => c.table([], 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "properties" argument must be an instance of Array. Received type string (\'x\')',
});
