'use strict';
// readline on a terminal: raw mode on and off, keypress decoding, line editing (cursor keys,
// ctrl-a/e/u/w, backspace, delete), history with up-arrow, tab completion, ctrl-d closing, and
// the exact bytes drawn (the same as node's for this sequence).
const { mustCall } = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
input.isTTY = true;
const rawModes = [];
input.setRawMode = (flag) => rawModes.push(flag);
const output = new PassThrough();
output.isTTY = true;
output.columns = 80;
let drawn = '';
output.on('data', (d) => { drawn += d; });

const rl = readline.createInterface({
  input, output, completer: (line) => [['hello', 'help'].filter((c) => c.startsWith(line)), line],
});
assert.strictEqual(rl.terminal, true);
const lines = [];
rl.on('line', (l) => lines.push(l));
const keys = [];
input.on('keypress', (s, k) => keys.push(`${JSON.stringify(s)}:${k.ctrl ? 'C-' : ''}${k.meta ? 'M-' : ''}${k.name}`));
rl.prompt();

const typed = ['abc', '\x1b[D', 'X', '\r', '\x1b[A', '!', '\r', 'foo bar', '\x17', '\r', 'he', '\t', 'l', '\t',
               'o', '\r', 'zz', '\x01', 'Y', '\x05', '\x7f', '\r', '\x1b[1;5C', '\x1bb', '\x1b[3~', '\x15', '\x04'];
(function type(i) {
  if (i < typed.length) {
    input.write(typed[i]);
    setTimeout(type, 2, i + 1);
  }
})(0);

rl.on('close', mustCall(() => {
  assert.deepStrictEqual(lines, ['abXc', 'abXc!', 'foo ', 'helloo', 'Yz']);
  assert.deepStrictEqual(rl.history, ['Yz', 'helloo', 'foo ', 'abXc!', 'abXc']);
  assert.deepStrictEqual(rawModes, [true, false]);
  assert.ok(keys.includes('undefined:left'), keys);
  assert.ok(keys.includes('undefined:C-right'), keys);
  assert.ok(keys.includes('undefined:M-b'), keys);
  assert.ok(keys.includes('"\\u0017":C-w'), keys);
  assert.ok(keys.includes('"X":x'), keys);
  assert.strictEqual(drawn,
                     '\x1b[1G\x1b[0J> \x1b[3Gabc\x1b[1D\x1b[1G\x1b[0J> abXc\x1b[6G\x1b[1C\r\n' +
                     '\x1b[1G\x1b[0J> abXc\x1b[7G!\r\nfoo bar\x1b[1G\x1b[0J> foo \x1b[7G\r\nhelloo\r\n' +
                     'zz\x1b[2D\x1b[1G\x1b[0J> Yzz\x1b[4G\x1b[2C\x1b[1G\x1b[0J> Yz\x1b[5G\r\n' +
                     '\x1b[1G\x1b[0J> \x1b[3G');
}));
