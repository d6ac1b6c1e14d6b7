'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/compute/compute.js: GET /compute runs a 1e10 loop on the only JS thread, so every
// other request waits until it ends; then `Sum is …`, and `计算耗时: …ms` is printed.
//
// The loop takes about a minute under jnode on a loaded 2-core box (node: 10-15 s), so waiting
// for its end is opt-in: JNODE_SLOW_TESTS=1. The test always checks that `/` answers before, and
// gets no answer while the loop runs, then kills the server.
const assert = require('assert');
const h = require('./harness');

const SLOW = process.env.JNODE_SLOW_TESTS === '1';

h.main('compute', async ({ differential }) => {
  if (!SLOW) console.log('SKIP: waiting for /compute\'s `Sum is …` (a 1e10 loop; set JNODE_SLOW_TESTS=1)');
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    const run = h.start(runtime, 'compute.js', [], { cwd: h.copySample('compute') });
    await run.waitOut(/^server started at http:\/\/127\.0\.0\.1:3000\n/m, 60000);
    assert.deepStrictEqual(await h.get('/'), { status: 200, body: 'ok' }, `${runtime}: / before`);

    const compute = h.get('/compute', { timeout: 300000 });
    compute.catch(() => {});
    await run.waitOut(/^计算开始\n/m, 30000);
    // Blocked: no answer to / while the loop runs.
    const t0 = Date.now();
    let answered = null;
    const other = h.get('/', { timeout: 300000 }).then((r) => { answered = Date.now(); return r; });
    other.catch(() => {});
    await h.sleep(3000);
    assert.strictEqual(answered, null, `${runtime}: / must wait while /compute's loop runs`);
    assert.ok(!/计算结束/.test(run.out), `${runtime}: the loop was still running`);

    let out = run.out;
    if (SLOW) {
      const res = await compute;
      assert.match(res.body, /^Sum is \d+$/, `${runtime}: /compute`);
      assert.deepStrictEqual(await other, { status: 200, body: 'ok' }, `${runtime}: / after the loop`);
      console.log(`${runtime}: / waited ${((answered - t0) / 1000).toFixed(1)} s for the loop`);
      assert.match(run.out, h.TIMING_LINES, `${runtime}: the timing lines`);
      out = run.out + res.body + '\n';
    }
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
    outputs[runtime] = h.mask(out, { pids: [run.pid] });
    process.kill(run.pid, 'SIGKILL');
    await h.waitGone([run.pid]);
    await h.waitFor(async () => !(await h.portOpen()), 20000, 'port 3000 to be free');
  }
  if (differential) h.compare('compute', outputs.jnode, outputs.node);
});
