'use strict';
// Idle memory: the resident set of a process that only keeps a timer alive, started as a plain
// process or forked as a worker with an IPC channel, read from /proc after it has settled.
// Prints {"metric","value"} in MB.   usage: idle-rss.js process|worker
const { spawn, fork } = require('child_process');
const fs = require('fs');

if (process.argv[2] === 'idle-child') {
  setInterval(() => {}, 1000);
  process.send('ready');
  return;
}

const mode = process.argv[2] || 'process';
const SETTLE_MS = 2000;

function rssMB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

function measure(child) {
  setTimeout(() => {
    console.log(JSON.stringify({ metric: `MB idle RSS (${mode})`, value: rssMB(child.pid) }));
    child.kill('SIGKILL');
  }, SETTLE_MS);
}

if (mode === 'worker') {
  const child = fork(__filename, ['idle-child']);
  child.once('message', () => measure(child));
} else {
  // The script writes once it runs, so the clock starts after start-up as for the worker.
  const child = spawn(process.execPath, ['-e', "setInterval(() => {}, 1000); console.log('ready')"]);
  child.stdout.once('data', () => measure(child));
}
