'use strict';
// The warm-up every throughput benchmark runs before it measures, so that both runtimes are
// measured at their steady state, as a long-running server is. jnode's Truffle compiler (itself
// JIT-compiled, on a 2-core machine shared with the load generator) needs 60-80 s of load before
// the hot paths are compiled: on net echo it still took 40 % of the samples 75 s in, with one
// stream function after another taking 1.5-2.8 s at tier 2 (2026-11-27). Node needs about a
// second. Start-up cost stays visible in the start-up and fork rows. BENCH_WARMUP (seconds)
// overrides it.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP || 90);

// Runs step(next) again and again until WARMUP_SECONDS have passed, then calls done().
function warmUp(step, done) {
  const end = Date.now() + WARMUP_SECONDS * 1000;
  (function again() {
    if (Date.now() >= end) done();
    else step(again);
  })();
}

module.exports = { WARMUP_SECONDS, warmUp };
