'use strict';
// Tab completion on a terminal, as node draws it: the common part of the candidates is inserted
// at the first tab, or replaces the typed text when it differs from it ('input' -> 'Input'); only
// a second tab in a row lists them, in columns as wide as the widest one plus 2, '' starting a
// new group; a completer's error is reported on the output. readline/promises takes the
// answer a tick later. A history option that is not an array is refused.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

function terminal(completer, columns, api = readline) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = columns;
  let drawn = '';
  output.on('data', (d) => { drawn += d; });
  const rl = api.createInterface({ input, output, terminal: true, completer, prompt: '> ' });
  return { rl, input, take() { const d = drawn; drawn = ''; return d; } };
}

const candidates = (line) => [['First group', '', 'alpha', 'alps', 'beta-long-name'], line];

{
  const t = terminal(candidates, 40);
  t.input.write('a');
  t.take();
  t.input.write('\t');
  assert.strictEqual(t.take(), ''); // the first tab shows nothing: no common part to insert
  t.input.write('\t');
  assert.strictEqual(t.take(),
                     '\r\nFirst group\r\n\r\n' +
                     'alpha           alps\r\n' + // 16 = 'beta-long-name'.length + 2; two fit in 40
                     'beta-long-name\r\n\r\n' +
                     '\x1b[1G\x1b[0J> a\x1b[4G');
  t.rl.close();
}

{
  const t = terminal(candidates, undefined); // no columns: one candidate per row
  t.input.write('a\t\t');
  assert.match(t.take(), /\r\nalpha\r\nalps\r\nbeta-long-name\r\n\r\n/);
  t.rl.close();
}

{
  const t = terminal((line) => [['alpine', 'alpha'], line], 80);
  t.input.write('a\t');
  assert.strictEqual(t.rl.line, 'alp'); // the common part
  t.rl.close();
  const r = terminal((line) => [['Input'], line.split(' ').pop()], 80);
  r.input.write('xx input\t');
  assert.strictEqual(r.rl.line, 'xx Input');
  assert.strictEqual(r.rl.cursor, 8);
  r.rl.close();
}

{
  const t = terminal((line, callback) => callback(new Error('nope')), 80);
  t.input.write('q\t');
  assert.match(t.take(), /Tab completion error: Error: nope/);
  t.rl.close();
}

{
  const t = terminal((line) => [['zebra'], line], 80, readlinePromises);
  t.input.write('z\t');
  assert.strictEqual(t.rl.line, 'z');
  setImmediate(common.mustCall(() => {
    assert.strictEqual(t.rl.line, 'zebra');
    t.rl.close();
  }));
}

for (const history of ['x', {}, null]) {
  assert.throws(() => readline.createInterface({ input: new PassThrough(), history }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "history" argument must be an instance of Array\. Received /,
  });
}
