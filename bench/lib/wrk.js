'use strict';
// Measures a server with wrk: measure() forks the driver (wrk-driver.js: a warm-up, then the
// measured run) in a process of its own, and prints {"metric","value"} lines for the request
// rate and the 99th-percentile latency once it reports. node and jnode each run their own
// driver, as they run their own server.
const { fork } = require('child_process');
const path = require('path');

function measure(url, seconds, connections, done) {
  const driver = fork(path.join(__dirname, 'wrk-driver.js'), [url, String(seconds), String(connections)]);
  driver.on('message', (r) => {
    console.log(JSON.stringify({ metric: 'req/s', value: r.rps }));
    console.log(JSON.stringify({ metric: 'p99 ms', value: r.p99 }));
  });
  driver.on('exit', (code) => {
    if (code !== 0) process.exitCode = 1;
    done();
  });
}

module.exports = { measure };
