'use strict';
// Serial: port-3000 (the article's samples listen on it; harness.js also locks it)
// examples/process/process.js: an http server on :3000 that prints `process.pid:` and sets
// process.title, so ps shows the new title. (The server has no request listener, so a request
// is accepted but never answered, in node as in jnode: the test checks that :3000 accepts.)
const assert = require('assert');
const h = require('./harness');

const TITLE = '测试进程 Node.js';

h.main('process', async ({ differential }) => {
  const outputs = {};
  for (const runtime of differential ? ['jnode', 'node'] : ['jnode']) {
    const run = h.start(runtime, 'process.js', [], { cwd: h.copySample('process') });
    const m = await run.waitOut(/^process\.pid:  (\d+)\n/m, 60000);
    assert.strictEqual(Number(m[1]), run.pid, `${runtime}: process.pid is the pid we started`);
    assert.ok(await h.portOpen(), `${runtime}: :3000 accepts connections`);
    // ps: args shows the whole title; comm is the kernel's name, cut to 15 bytes.
    await h.waitFor(() => h.ps(run.pid, 'args') === TITLE, 10000,
      () => `${runtime}: ps -o args= to show the title, it shows ${JSON.stringify(h.ps(run.pid, 'args'))}`);
    const comm = h.ps(run.pid, 'comm');
    const want = Buffer.from(TITLE).subarray(0, 15).toString();
    assert.strictEqual(comm, want, `${runtime}: ps -o comm= is the title's first 15 bytes`);
    assert.strictEqual(run.err, '', `${runtime}: stderr`);
    assert.strictEqual(run.out, `process.pid:  ${run.pid}\n`, `${runtime}: stdout`);
    outputs[runtime] = h.mask(run.out, { pids: [run.pid] });
    process.kill(run.pid, 'SIGTERM');
    const { code, signal } = await run.waitExit(30000);
    assert.deepStrictEqual([code, signal], [null, 'SIGTERM'], `${runtime}: killed by SIGTERM`);
  }
  if (differential) h.compare('process stdout', outputs.jnode, outputs.node);
});
