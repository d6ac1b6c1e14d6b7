'use strict';
// The article's compute servers, unmodified, timed from the outside: starts examples/<sample>
// under this runtime, requests /compute once, and prints {"metric","value"} in seconds from the
// request to `Sum is …`. compute.js sums to 1e10 on the server's own thread; fork_app.js forks
// fork_compute.js to do it.
//   usage: article-compute.js compute|fork-compute
const { spawn } = require('child_process');
const http = require('http');
const path = require('path');

const samples = { 'compute': 'compute.js', 'fork-compute': 'fork_app.js' };
const sample = process.argv[2] || 'compute';
if (!samples[sample]) throw new Error(`unknown sample ${sample}`);
const cwd = path.join(__dirname, '..', 'examples', sample);
const server = spawn(process.execPath, [samples[sample]], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });

let started = false;
server.stdout.on('data', (chunk) => {
  if (started || !String(chunk).includes('server started')) return;
  started = true;
  const begin = process.hrtime.bigint();
  http.get('http://127.0.0.1:3000/compute', (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
      server.kill();
      if (!body.startsWith('Sum is ')) throw new Error(`unexpected answer: ${body}`);
      console.log(JSON.stringify({ metric: `s to "${body}"`, value: seconds }));
    });
  });
});
server.on('exit', (code, signal) => {
  if (!started) throw new Error(`${sample} exited before it listened (${code ?? signal})`);
});
