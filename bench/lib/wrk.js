'use strict';
// Drives wrk against a URL from inside the benchmark (so node and jnode each time their own
// server): a warm-up, then the measured run; prints {"metric","value"} lines for the
// request rate and the 99th-percentile latency.
const { execFile } = require('child_process');
const { warmUp } = require('./warmup');

const UNIT_MS = { us: 1e-3, ms: 1, s: 1e3 };

function run(url, seconds, connections, done) {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url];
  execFile('wrk', args, (err, stdout, stderr) => {
    if (err) throw err;
    const rate = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
    const p99 = /\s99%\s+([\d.]+)(us|ms|s)\b/.exec(stdout);
    if (!rate) process.stderr.write(`wrk printed no rate: ${JSON.stringify(stdout)} ${JSON.stringify(stderr)}\n`);
    done({ rps: rate ? Number(rate[1]) : 0, p99: p99 ? Number(p99[1]) * UNIT_MS[p99[2]] : 0 });
  });
}

// A warm-up (bench/lib/warmup.js), then `seconds` measured. The warm-up is wrk runs of `seconds`
// each (its work is the requests served), so that connections close and reopen during it as
// they do in real traffic. One long run leaves the end-of-connection paths unprofiled, and the
// first close then deoptimizes jnode's compiled request path: the measurement after a single
// 40 s run got 7-11 k req/s where the same server, warmed in 5 s runs, did 32-36 k.
function measure(url, seconds, connections, done) {
  warmUp((next) => run(url, seconds, connections, (r) => next(r.rps * seconds)), () => run(url, seconds, connections, (r) => {
    console.log(JSON.stringify({ metric: 'req/s', value: r.rps }));
    console.log(JSON.stringify({ metric: 'p99 ms', value: r.p99 }));
    done();
  }));
}

module.exports = { measure };
