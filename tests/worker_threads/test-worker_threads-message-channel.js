'use strict';
const assert = require('assert');
const wt = require('worker_threads');
const { MessageChannel, MessagePort, receiveMessageOnPort, BroadcastChannel } = wt;

assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(typeof wt.Worker, 'function');

const { port1, port2 } = new MessageChannel();
assert.ok(port1 instanceof MessagePort);
assert.ok(port1 instanceof EventTarget);
const events = [];
port2.on('message', (m) => {
  events.push(['msg', m]);
  assert.notStrictEqual(m, sent);
  port1.close();
});
port2.on('close', () => events.push(['close2']));
port1.on('close', () => events.push(['close1']));
const sent = { a: [1, 2], d: new Date(0) };
port1.postMessage(sent);
events.push(['sync']);

const c = new MessageChannel();
c.port1.postMessage(5);
assert.deepStrictEqual(receiveMessageOnPort(c.port2), { message: 5 });
assert.strictEqual(receiveMessageOnPort(c.port2), undefined);
c.port2.onmessage = (e) => {
  events.push(['event', e.data, e.type]);
  c.port2.close();
};
c.port1.postMessage('x');

assert.throws(() => port1.postMessage(() => 1), { name: 'DataCloneError' });
assert.throws(() => receiveMessageOnPort({}), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "port" argument must be a MessagePort instance',
});

const b1 = new BroadcastChannel('b');
const b2 = new BroadcastChannel('b');
b2.onmessage = (e) => {
  events.push(['bc', e.data]);
  b1.close();
  b2.close();
};
b1.postMessage('hi');

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    ['sync'], ['msg', { a: [1, 2], d: new Date(0) }], ['event', 'x', 'message'], ['bc', 'hi'],
    ['close1'], ['close2'],
  ]);
});
