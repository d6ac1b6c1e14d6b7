'use strict';
// readline over a plain stream: every line ending (\n, \r\n, \r, and \r\n split across chunks),
// the unterminated tail at 'end', pause/close events, question(), async iteration, and the
// errors for bad options and use after close.
const { mustCall } = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  assert.strictEqual(rl.terminal, false);
  assert.strictEqual(rl.getPrompt(), '> ');
  assert.strictEqual(rl.crlfDelay, 100);
  assert.deepStrictEqual(rl.history, []);
  const events = [];
  rl.on('line', (l) => events.push(l));
  rl.on('pause', () => events.push('<pause>'));
  rl.on('close', mustCall(() => {
    events.push('<close>');
    assert.deepStrictEqual(events, ['a', 'b', 'c', 'd', 'e', '', 'tail', '<pause>', '<close>']);
    assert.strictEqual(rl.closed, true);
    assert.throws(() => rl.question('again?', () => {}),
                  { name: 'Error', code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed' });
  }));
  input.write('a\r\nb\rc\nd');
  input.write('\r');
  input.write('\ne\n\n');
  input.end('tail');
}

{
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readline.createInterface({ input, output });
  rl.question('name? ', mustCall((answer) => {
    assert.strictEqual(answer, 'bob');
    assert.strictEqual(written, 'name? ');
    assert.strictEqual(rl.getPrompt(), '> '); // the question's prompt is gone again
    (async () => {
      const lines = [];
      for await (const line of rl) lines.push(line);
      assert.deepStrictEqual(lines, ['xy', 'z']);
    })().then(mustCall());
    setImmediate(() => input.end('y\nz\n'));
  }));
  input.write('bob\nx');
}

assert.throws(() => readline.createInterface({ input: new PassThrough(), completer: 5 }),
              { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'completer' is invalid. Received 5" });
assert.throws(() => readline.createInterface({ input: new PassThrough(), historySize: -1 }),
              { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => readline.createInterface({ input: new PassThrough(), tabSize: 0 }),
              { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => readline.createInterface({ input: new PassThrough(), signal: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.cursorTo(process.stdout, undefined, 2), { code: 'ERR_INVALID_CURSOR_POS' });
assert.strictEqual(readline.cursorTo(null, 1, mustCall((err) => assert.strictEqual(err, null))), true);
