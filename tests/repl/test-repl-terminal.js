'use strict';
// The REPL over readline on a terminal: evaluates a line, keeps an unfinished expression going
// with '... ', recalls history with the up arrow, and leaves after Ctrl+C twice on an empty line.
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const input = new PassThrough();
input.isTTY = true;
input.setRawMode = () => {};
const output = new PassThrough();
output.isTTY = true;
output.columns = 80;
let drawn = '';
output.on('data', (d) => { drawn += d; });
repl.start({ input, output, useColors: false });

const typed = ['1 + 1\r', '\x1b[A', '\r', '[1,\r', '2]\r', '\x03', '\x03'];
(function type(i) {
  if (i < typed.length) {
    input.write(typed[i]);
    setTimeout(type, 5, i + 1);
  }
})(0);

process.on('exit', (code) => {
  const text = drawn.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
  assert.strictEqual(code, 0);
  assert.match(text, /^Welcome to Node\.js v\d+/);
  assert.match(text, /> 1 \+ 1\r\n2\n/);
  assert.match(text, /> \[1,\r\n\.\.\. 2\]\r\n\[ 1, 2 \]\n/);
  assert.match(text, /> 1 \+ 1\r\n2\n> (> )?1 \+ 1\r\n2\n/); // the up arrow brought back "1 + 1"
  assert.match(text, /\(To exit, press Ctrl\+C again or Ctrl\+D or type \.exit\)/);
});
