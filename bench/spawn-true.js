'use strict';
// spawn('true') and reap it, 50 times one after another. Prints {"metric","value"} in ms per
// spawn-to-'exit'.
const { spawn } = require('child_process');

const count = 50;
let done = 0;
const begin = process.hrtime.bigint();
function next() {
  spawn('true').on('exit', (code) => {
    if (code !== 0) throw new Error(`true exited with ${code}`);
    if (++done < count) return next();
    const ms = Number(process.hrtime.bigint() - begin) / 1e6;
    console.log(JSON.stringify({ metric: 'ms per spawn+exit', value: ms / count }));
  });
}
next();
