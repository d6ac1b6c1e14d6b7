'use strict';
// The same express app in a 2-worker cluster: fresh connections reach both workers; prints how
// many distinct workers answered, then disconnects them.
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  const app = require('express')();
  app.get('/', (req, res) => res.json({ worker: cluster.worker.id }));
  app.listen(0, '127.0.0.1');
  return;
}

let listening = 0;
cluster.on('listening', async (worker, address) => {
  if (++listening < 2) return;
  const seen = new Set();
  for (let i = 0; i < 20; i++) {
    const body = await new Promise((resolve, reject) => {
      http.get({ port: address.port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
        let data = '';
        res.on('data', (d) => { data += d; });
        res.on('end', () => resolve(data));
      }).on('error', reject);
    });
    seen.add(JSON.parse(body).worker);
  }
  console.log(`workers that answered: ${[...seen].sort().join(',')}`);
  cluster.disconnect();
});
cluster.on('exit', (worker, code, signal) => console.log(`worker ${worker.id} exit ${code} ${signal}`));
cluster.fork();
cluster.fork();
