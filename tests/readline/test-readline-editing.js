'use strict';
// readline on a terminal, as node edits:
// - up/down search the history for entries that start with what was before the cursor when they
//   began (skipping copies of the line shown); past the oldest one the line is that text again;
// - the kill ring: Ctrl+U/K/W and word deletions keep what they removed, Ctrl+Y inserts the
//   newest, Meta+Y right after swaps it for the one before;
// - undo (Ctrl+_) and redo (Ctrl+^) step through the edits;
// - left/right/backspace/delete take a surrogate pair as one character;
// - getCursorPos counts a line break as a row, even without columns.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function terminal(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '', ...options });
  const key = (name, mods = {}) => input.emit('keypress', '', { name, ...mods });
  return { input, output, rl, key, state: () => `${rl.historyIndex}:${rl.line}:${rl.cursor}` };
}

{
  const { input, rl, key, state } = terminal();
  input.write('foo\rbaz\rbar\rbat\rzed\r'); // history: zed bat bar baz foo
  input.write('ba');
  const seen = [];
  for (const k of ['up', 'up', 'up', 'up', 'down', 'down', 'down', 'down']) {
    key(k);
    seen.push(state());
  }
  assert.deepStrictEqual(seen, ['1:bat:3', '2:bar:3', '3:baz:3', '5:ba:2', '3:baz:3', '2:bar:3', '1:bat:3', '-1:ba:2']);
  key('p', { ctrl: true }); // Ctrl+P/N end the search: every entry again
  assert.strictEqual(state(), '0:zed:3');
  key('n', { ctrl: true });
  assert.strictEqual(state(), '-1::0');
  rl.close();
}

{
  const { input, rl, key } = terminal();
  input.write('the quick brown fox');
  key('a', { ctrl: true });
  key('f', { ctrl: true });
  key('delete', { ctrl: true, shift: true }); // kills 'he quick brown fox'
  key('y', { ctrl: true });
  assert.deepStrictEqual([rl.line, rl.cursor], ['the quick brown fox', 19]);
  key('a', { ctrl: true });
  for (let i = 0; i < 4; i++) key('f', { ctrl: true });
  key('k', { ctrl: true }); // kills 'quick brown fox'
  key('a', { ctrl: true });
  key('y', { ctrl: true });
  assert.deepStrictEqual([rl.line, rl.cursor], ['quick brown foxthe ', 15]);
  key('y', { meta: true });
  assert.deepStrictEqual([rl.line, rl.cursor], ['he quick brown foxthe ', 18]);
  key('y', { meta: true }); // round the ring
  assert.deepStrictEqual([rl.line, rl.cursor], ['quick brown foxthe ', 15]);
  rl.close();
}

{
  const { input, rl, key } = terminal();
  input.write('the quick brown fox');
  for (let i = 0; i < 4; i++) key('b', { ctrl: true });
  key('k', { ctrl: true });
  for (let i = 0; i < 4; i++) key('b', { ctrl: true });
  key('k', { ctrl: true });
  assert.strictEqual(rl.line, 'the quick b');
  const undo = () => input.emit('keypress', '', { sequence: '\x1f' });
  const redo = () => input.emit('keypress', '', { sequence: '\x1e' });
  undo();
  assert.deepStrictEqual([rl.line, rl.cursor], ['the quick brown', 11]);
  undo();
  assert.strictEqual(rl.line, 'the quick brown fox');
  redo();
  assert.strictEqual(rl.line, 'the quick brown');
  redo();
  redo(); // nothing more to redo
  assert.strictEqual(rl.line, 'the quick b');
  rl.close();
}

{
  const { input, rl, key } = terminal();
  input.write('a💻b');
  key('left');
  key('left');
  assert.strictEqual(rl.cursor, 1);
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 1 });
  key('right');
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 3 });
  key('backspace');
  assert.deepStrictEqual([rl.line, rl.cursor], ['ab', 1]);
  input.write('🐕');
  key('left');
  key('delete');
  assert.strictEqual(rl.line, 'ab');
  rl.close();
}

{
  const { rl } = terminal();
  rl.question('first\nsecond? ', () => {});
  assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 8 });
  rl.close();
  const wrapped = terminal();
  wrapped.output.columns = 10;
  wrapped.input.write('multi-line text');
  assert.deepStrictEqual(wrapped.rl.getCursorPos(), { rows: 1, cols: 5 });
  wrapped.rl.close();
}
