'use strict';
// The load generator's controller, a process of its own that wrk.js's measure() forks: it runs
// the warm-up (bench/lib/warmup.js) as wrk runs of `seconds` each, then the measured run, and
// sends {rps, p99} back. It is not the server's process on purpose: with wrk driven from the
// server's own event loop, jnode's http hello server stayed at 8-13 k req/s in every run
// (4 of 4), while the very same server reached 25-39 k whenever the driver was another process
// (a sibling, or a child the server forked: 6 of 6; 2026-11-28). node is at ~32 k either way.
//   usage (by fork): wrk-driver.js url seconds connections
const { execFile } = require('child_process');
const { warmUp } = require('./warmup');

const UNIT_MS = { us: 1e-3, ms: 1, s: 1e3 };
const [url, seconds, connections] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];

function run(done) {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url];
  execFile('wrk', args, (err, stdout, stderr) => {
    if (err) throw err;
    const rate = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
    const p99 = /\s99%\s+([\d.]+)(us|ms|s)\b/.exec(stdout);
    if (!rate) process.stderr.write(`wrk printed no rate: ${JSON.stringify(stdout)} ${JSON.stringify(stderr)}\n`);
    done({ rps: rate ? Number(rate[1]) : 0, p99: p99 ? Number(p99[1]) * UNIT_MS[p99[2]] : 0 });
  });
}

// The warm-up steps are wrk runs of `seconds` each (their work is the requests served), so that
// connections close and reopen during it as they do in real traffic. One long run leaves the
// end-of-connection paths unprofiled, and the first close then deoptimizes jnode's compiled
// request path: the measurement after a single 40 s run got 7-11 k req/s where the same server,
// warmed in 5 s runs, did 32-36 k.
warmUp((next) => run((r) => next(r.rps * seconds)), () => run((r) => process.send(r, () => process.disconnect())));
