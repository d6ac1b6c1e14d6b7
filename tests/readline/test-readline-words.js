'use strict';
// readline on a terminal: meta-b/f/d and ctrl-w treat a run of word characters and a run of
// punctuation as separate words (with the blanks beside them), as node does; when the input
// ends, a line typed without Enter is still a 'line', with no history entry. Ctrl+Shift+Delete
// and Ctrl+Shift+Backspace delete to the end and to the start of the line.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function session(text, keys) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '' });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  input.write(text);
  const steps = keys.map((k) => {
    input.write(k);
    return `${rl.cursor}:${rl.line}`;
  });
  input.end();
  return new Promise((resolve) => rl.on('close', () => resolve({ steps, lines, history: rl.history })));
}

(async () => {
  const edits = await session('the quick.brown  fox--jumps',
                              ['\x1bb', '\x1bb', '\x1bb', '\x1bb', '\x1bf', '\x1bf', '\x1bd', '\x17']);
  assert.deepStrictEqual(edits.steps, [
    '22:the quick.brown  fox--jumps', // meta-b: 'jumps'
    '20:the quick.brown  fox--jumps', // '--'
    '17:the quick.brown  fox--jumps', // 'fox'
    '10:the quick.brown  fox--jumps', // 'brown  '
    '17:the quick.brown  fox--jumps', // meta-f
    '20:the quick.brown  fox--jumps',
    '20:the quick.brown  foxjumps', // meta-d deletes '--'
    '17:the quick.brown  jumps', // ctrl-w deletes 'fox'
  ]);
  assert.deepStrictEqual(edits.lines, ['the quick.brown  jumps']);
  assert.deepStrictEqual(edits.history, []);

  const atEnds = await session('  a', ['\x1bb', '\x1bb', '\x1bf', '\x1bf']);
  assert.deepStrictEqual(atEnds.steps, ['2:  a', '0:  a', '2:  a', '3:  a']);

  assert.deepStrictEqual((await session('', [])).lines, []);

  // Ctrl+Shift+Delete and Ctrl+Shift+Backspace: delete to the end and to the start of the line.
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const rl = readline.createInterface({ input, output, terminal: true });
  input.write('hello world\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D');
  input.emit('keypress', '', { ctrl: true, shift: true, name: 'delete' });
  assert.deepStrictEqual([rl.line, rl.cursor], ['hello ', 6]);
  input.write('XY');
  input.emit('keypress', '', { ctrl: true, shift: true, name: 'backspace' });
  assert.deepStrictEqual([rl.line, rl.cursor], ['', 0]);
  rl.close();
})().then(common.mustCall());
