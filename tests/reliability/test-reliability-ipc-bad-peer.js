'use strict';
// A peer that misbehaves on the IPC channel: garbage, a 5 MB line, invalid UTF-8, a last message
// cut short by exit or by SIGKILL. A bad line is an uncaught SyntaxError (as in node) that a
// handler can take; a valid 5 MB line arrives intact; bad UTF-8 becomes U+FFFD; a truncated
// tail is dropped quietly. With the handler in place we go on forking and talking to children.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const path = require('path');

const errors = [];
process.on('uncaughtException', (err) => errors.push(err));

/** Runs `sh -c script` with the channel on fd 3; resolves { messages, code, signal, disconnected }. */
function peer(script) {
  return new Promise((resolve) => {
    const c = cp.spawn('sh', ['-c', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const messages = [];
    let disconnected = false;
    c.on('message', (m) => messages.push(m));
    c.on('disconnect', () => { disconnected = true; });
    c.on('close', (code, signal) => setImmediate(() => resolve({ messages, code, signal, disconnected })));
  });
}

function forked(file, message) {
  return new Promise((resolve) => {
    const c = cp.fork(path.join(__dirname, 'fixtures', file), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const messages = [];
    if (message) c.send(message);
    c.on('message', (m) => messages.push(m));
    c.on('close', (code, signal) => resolve({ messages, code, signal, pid: c.pid }));
  });
}

function takeSyntaxError() {
  assert.strictEqual(errors.length, 1, `one uncaught error, got ${errors.map(String)}`);
  const err = errors.pop();
  assert.ok(err instanceof SyntaxError, String(err));
  assert.match(err.message, /JSON/);
}

(async () => {
  // Garbage, then a valid line in a later write: the error, then the message.
  let r = await peer(`printf 'this is not json\\n' >&3; sleep 0.2; printf '{"ok":1}\\n' >&3`);
  takeSyntaxError();
  assert.deepStrictEqual(r, { messages: [{ ok: 1 }], code: 0, signal: null, disconnected: true });

  // Garbage and a valid line in one write: node drops the rest of that read after the bad line;
  // jnode still delivers it.
  r = await peer(`printf 'garbage\\n{"same":"write"}\\n' >&3`);
  takeSyntaxError();
  if (common.isJnode) assert.deepStrictEqual(r.messages, [{ same: 'write' }]);
  assert.deepStrictEqual([r.code, r.signal, r.disconnected], [0, null, true]);

  // One 5 MiB line.
  const BIG = 5 * 1024 * 1024;
  r = await peer(`{ printf '{"big":"'; head -c ${BIG} /dev/zero | tr '\\0' a; printf '"}\\n'; } >&3`);
  assert.strictEqual(r.messages.length, 1);
  assert.strictEqual(r.messages[0].big.length, BIG);
  assert.ok(/^a+$/.test(r.messages[0].big));

  // Invalid UTF-8: each bad byte is U+FFFD.
  r = await peer(`printf '{"s":"a\\377b\\300\\300"}\\n' >&3`);
  assert.deepStrictEqual(r.messages, [{ s: 'a\ufffdb\ufffd\ufffd' }]);

  // A last message cut short, by exit or by death: what came before arrives, the tail is dropped.
  r = await peer(`printf '{"a":1}\\n{"trunc' >&3`);
  assert.deepStrictEqual(r, { messages: [{ a: 1 }], code: 0, signal: null, disconnected: true });
  r = await peer(`printf '{"a":1}\\n{"trunc' >&3; kill -9 $$`);
  assert.deepStrictEqual(r, { messages: [{ a: 1 }], code: null, signal: 'SIGKILL', disconnected: true });
  assert.deepStrictEqual(errors, []);

  // A forked runtime writing garbage on its own channel, then a valid message through send().
  r = await forked('bad-peer.js');
  takeSyntaxError();
  assert.deepStrictEqual([r.messages, r.code, r.signal], [[{ after: 'garbage' }], 0, null]);
  // And life goes on: a new child, a conversation.
  r = await forked('exit-child.js', { exit: 5 });
  assert.deepStrictEqual([r.messages, r.code, r.signal], [[{ pid: r.pid }], 5, null]);
  assert.deepStrictEqual(errors, []);
})().then(common.mustCall());
