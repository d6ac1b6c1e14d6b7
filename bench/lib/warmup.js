'use strict';
// The warm-up every throughput benchmark runs before it measures, so that both runtimes are
// measured at their steady state, as a long-running server is. jnode's Truffle compiler (itself
// JIT-compiled, on a 2-core machine shared with the load generator) needs 30-60 s of load before
// the hot paths are compiled; node needs about one. Start-up cost stays visible in the start-up
// and fork rows. BENCH_WARMUP (seconds) overrides it.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP || 45);

// Runs step(next) again and again until WARMUP_SECONDS have passed, then calls done().
function warmUp(step, done) {
  const end = Date.now() + WARMUP_SECONDS * 1000;
  (function again() {
    if (Date.now() >= end) done();
    else step(again);
  })();
}

module.exports = { WARMUP_SECONDS, warmUp };
