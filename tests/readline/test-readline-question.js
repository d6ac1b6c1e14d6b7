'use strict';
// util.promisify(rl.question) is the promise form, as readline/promises' question is: it
// answers, an abort rejects with an AbortError (its listeners are removed once answered), and
// a closed interface rejects with ERR_USE_AFTER_CLOSE. A 'history' listener may change the
// history array, but not the line it was given for.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const util = require('util');
const { getEventListeners } = require('events');
const { PassThrough } = require('stream');

function open(api) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  return { input, rl: api.createInterface({ input, output }) };
}

(async () => {
  for (const [api, ask] of [[readline, (rl) => util.promisify(rl.question).bind(rl)],
                            [readlinePromises, (rl) => rl.question.bind(rl)]]) {
    const { input, rl } = open(api);
    const question = ask(rl);
    const answer = question('name? ');
    input.write('bob\n');
    assert.strictEqual(await answer, 'bob');

    const ac = new AbortController();
    const pending = question('again? ', { signal: ac.signal });
    if (api === readlinePromises) assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 1);
    ac.abort();
    await assert.rejects(pending, { name: 'AbortError', code: 'ABORT_ERR' });
    await assert.rejects(question('x', { signal: AbortSignal.abort() }), { name: 'AbortError' });

    const answered = new AbortController();
    const p = question('third? ', { signal: answered.signal });
    input.write('yes\n');
    assert.strictEqual(await p, 'yes');
    assert.strictEqual(getEventListeners(answered.signal, 'abort').length, 0);

    rl.close();
    await assert.rejects(question('closed?'), { code: 'ERR_USE_AFTER_CLOSE' });
  }

  const term = readline.createInterface({ input: new PassThrough(), output: new PassThrough(), terminal: true });
  term.on('history', (history) => { history[0] = 'EDITED'; });
  const lines = [];
  term.on('line', (l) => lines.push(l));
  term.input.write('typed\r');
  assert.deepStrictEqual(lines, ['typed']);
  assert.deepStrictEqual(term.history, ['EDITED']);
  term.close();
})().then(common.mustCall());
