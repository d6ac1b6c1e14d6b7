'use strict';
// IPC message rate between a parent and a forked child, small JSON messages.
//   usage: ipc-messages.js oneway|pingpong [count]
// oneway: the parent sends `count` messages and the child answers once it has them all;
// pingpong: `count` sequential round trips. Prints {"metric","value"} in messages/s
// (a round trip counts as two).
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const mode = process.argv[3];
  const count = Number(process.argv[4]);
  let seen = -1; // the first message is the handshake
  process.on('message', (m) => {
    if (mode === 'pingpong') return process.send(m);
    if (seen++ === -1) return process.send('ready');
    if (seen === count) process.send('done');
  });
  return;
}

const mode = process.argv[2] || 'oneway';
const count = Number(process.argv[3] || (mode === 'oneway' ? 50000 : 10000));
const child = fork(__filename, ['child', mode, count]);
const message = { type: 'tick', seq: 0, payload: 'hello' };
let begin;
function report(messages) {
  const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
  console.log(JSON.stringify({ metric: `msgs/s ${mode}`, value: messages / seconds }));
  child.disconnect();
}

child.once('message', () => { // the child is up: start the clock
  begin = process.hrtime.bigint();
  if (mode === 'oneway') {
    for (let i = 0; i < count; i++) { message.seq = i; child.send(message); }
    child.once('message', () => report(count));
  } else {
    let left = count;
    child.on('message', () => (--left === 0 ? report(2 * count) : child.send(message)));
    child.send(message);
  }
});
child.send(mode === 'oneway' ? 'warm' : message);
