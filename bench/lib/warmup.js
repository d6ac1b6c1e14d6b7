'use strict';
// The warm-up every throughput benchmark runs before it measures, so that both runtimes are
// measured at their steady state, as a long-running server is. jnode's Truffle compiler (itself
// JIT-compiled, on a 2-core machine shared with the load generator) needs 60-80 s of load before
// the hot paths are compiled: on net echo it still took 40 % of the samples 75 s in, with one
// stream function after another taking 1.5-2.8 s at tier 2 (2026-11-27). Node needs about a
// second. Start-up cost stays visible in the start-up and fork rows. BENCH_WARMUP (seconds)
// overrides it.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP || 90);

// Runs step(next) again and again until WARMUP_SECONDS have passed, then `rounds` more times the
// very same way, and calls done(seconds those rounds took). Timing the same calls matters: a switch
// to a new callback for the measured part (a closure that starts a clock) deoptimized net echo's
// hottest function, its 'data' handler, at the start of the measured transfer, and jnode measured
// its own recompile (2026-11-27: TruffleCompiler 34 % of the samples in the measured window).
function warmUpThenTime(step, rounds, done) {
  const end = Date.now() + WARMUP_SECONDS * 1000;
  let start = null;
  let left = rounds;
  (function again() {
    if (start === null) {
      if (Date.now() < end) return step(again);
      start = process.hrtime.bigint();
    }
    if (left-- > 0) return step(again);
    done(Number(process.hrtime.bigint() - start) / 1e9);
  })();
}

// Warms up as above, then calls done() without timing anything.
const warmUp = (step, done) => warmUpThenTime(step, 0, () => done());

module.exports = { WARMUP_SECONDS, warmUp, warmUpThenTime };
