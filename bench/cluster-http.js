'use strict';
// Hello-world HTTP through a 2-worker cluster (the primary's default round-robin scheduling):
// wrk drives it for a few seconds once both workers listen. Prints {"metric","value"} in req/s.
//   usage: cluster-http.js [seconds] [connections]
const cluster = require('cluster');

if (cluster.isWorker) {
  const body = 'hello world\n';
  require('http').createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': body.length });
    res.end(body);
  }).listen(0, '127.0.0.1');
  return;
}

const seconds = Number(process.argv[2] || 5);
const connections = Number(process.argv[3] || 32);
let listening = 0;
cluster.on('listening', (worker, address) => {
  if (++listening !== 2) return;
  const url = `http://127.0.0.1:${address.port}/`;
  const { execFile } = require('child_process');
  // A short warm-up so the JIT (jnode's and node's) has seen the handlers.
  execFile('wrk', ['-t1', `-c${connections}`, '-d2s', url], () => {
    execFile('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, url], (err, stdout, stderr) => {
      if (err) throw err;
      const m = /Requests\/sec:\s+([\d.]+)/.exec(stdout);
      if (!m) process.stderr.write(`wrk printed no rate: ${JSON.stringify(stdout)} ${JSON.stringify(stderr)}\n`);
      console.log(JSON.stringify({ metric: 'req/s', value: m ? Number(m[1]) : 0 }));
      cluster.disconnect();
    });
  });
});
cluster.fork();
cluster.fork();
