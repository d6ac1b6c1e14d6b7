'use strict';
// The warm-up every throughput benchmark runs before it measures, so that both runtimes are
// measured at their steady state, as a long-running server is. The warm-up lasts until the rate
// stops rising: WINDOW_SECONDS windows of steps go PATIENCE windows in a row without beating the
// best window so far by GAIN. A fixed time did not fit both: jnode's Truffle compiler (itself
// JIT-compiled, on a 2-core machine shared with the load generator) took 60-80 s to reach http
// hello's plateau on one day (2026-11-27) and about 4 min on a slower one (2026-11-28: 13 k req/s
// at 90 s, 26 k at 4 min), while node plateaus within seconds. jnode rises in steps, as each hot
// function's last-tier compile lands: one server sat at 17-20 k for 50 s, then went to 37 k in
// 10 s, so the patience is long (a 40 s one stopped such a server at 14 k). Start-up cost stays visible in the
// start-up and fork rows. BENCH_WARMUP (seconds) caps the warm-up; stderr says how long it took.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP || 480);
const WINDOW_SECONDS = 10;
const PATIENCE = 9;
const GAIN = 1.03;

// A tracker for one warm-up: call it after each step with the work that step did (requests, say;
// 1 when every step does the same work). It returns true while the warm-up should go on.
function plateau() {
  const start = Date.now();
  let windowStart = start;
  let windowWork = 0;
  let best = 0;
  let stale = 0;
  return function warming(work = 1) {
    const now = Date.now();
    windowWork += work;
    if (now - windowStart >= WINDOW_SECONDS * 1000) {
      const rate = windowWork / (now - windowStart);
      if (rate > best * GAIN) {
        best = rate;
        stale = 0;
      } else {
        stale++;
      }
      windowStart = now;
      windowWork = 0;
    }
    if (stale < PATIENCE && now - start < WARMUP_SECONDS * 1000) return true;
    process.stderr.write(`warm-up: ${Math.round((now - start) / 1000)} s (${stale < PATIENCE ? 'cap' : 'plateau'})\n`);
    return false;
  };
}

// Runs step(next) again and again until the warm-up ends, then `rounds` more times the very same
// way, and calls done(seconds those rounds took). A step calls next(work) when it is done.
// Timing the same calls matters: a switch to a new callback for the measured part (a closure that
// starts a clock) deoptimized net echo's hottest function, its 'data' handler, at the start of the
// measured transfer, and jnode measured its own recompile (2026-11-27: TruffleCompiler 34 % of the
// samples in the measured window).
function warmUpThenTime(step, rounds, done) {
  const warming = plateau();
  let start = null;
  let left = rounds;
  function next(work) {
    if (start === null && warming(work)) return step(next);
    start ??= process.hrtime.bigint();
    if (left-- > 0) return step(next);
    done(Number(process.hrtime.bigint() - start) / 1e9);
  }
  step(next);
}

// Warms up as above, then calls done() without timing anything.
const warmUp = (step, done) => warmUpThenTime(step, 0, () => done());

module.exports = { WARMUP_SECONDS, plateau, warmUp, warmUpThenTime };
