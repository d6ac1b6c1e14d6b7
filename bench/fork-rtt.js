'use strict';
// fork() → first IPC message round trip: the parent forks this file, sends one message, and
// times until the child's answer arrives. Prints {"metric","value"} in ms (median of 3 forks).
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => process.send(m, () => process.disconnect()));
  return;
}

const times = [];
function once() {
  const begin = process.hrtime.bigint();
  const child = fork(__filename, ['child']);
  child.send('ping');
  child.on('message', () => {
    times.push(Number(process.hrtime.bigint() - begin) / 1e6);
    child.on('exit', () => {
      if (times.length < 3) return once();
      times.sort((a, b) => a - b);
      console.log(JSON.stringify({ metric: 'ms fork→reply', value: times[1] }));
    });
  });
}
once();
