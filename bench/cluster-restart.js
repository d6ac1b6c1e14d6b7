'use strict';
// Cluster worker replacement: the primary kills its worker and forks a new one when it exits,
// timing from the kill to the new worker's 'listening'. Prints {"metric","value"} in ms (median
// of 3 replacements, after a first worker).
const cluster = require('cluster');
const http = require('http');

if (!cluster.isPrimary) {
  http.createServer((req, res) => res.end('ok')).listen(0, '127.0.0.1');
  return;
}
const times = [];
let killedAt;
cluster.on('listening', (worker) => {
  if (killedAt !== undefined) times.push(Number(process.hrtime.bigint() - killedAt) / 1e6);
  if (times.length === 3) {
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ metric: 'ms kill→new worker listening', value: times[1] }));
    worker.kill();
    return;
  }
  killedAt = process.hrtime.bigint();
  worker.kill();
});
cluster.on('exit', () => {
  if (times.length < 3) cluster.fork();
});
cluster.fork();
