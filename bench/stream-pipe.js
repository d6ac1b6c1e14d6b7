'use strict';
// File throughput through streams: pipeline(fs.createReadStream(file), fs.createWriteStream('/dev/null'))
// over a MB-megabyte file made in a temp dir (and removed after); prints {"metric":"MB/s","value"}.
//   usage: stream-pipe.js [MB=1024]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');

const MB = Number(process.argv[2] || 1024);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-stream-'));
const file = path.join(dir, 'data');
const block = Buffer.alloc(1024 * 1024, 'x');
const fd = fs.openSync(file, 'w');
for (let i = 0; i < MB; i++) fs.writeSync(fd, block);
fs.closeSync(fd);

const start = process.hrtime.bigint();
pipeline(fs.createReadStream(file), fs.createWriteStream('/dev/null'), (err) => {
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  fs.rmSync(dir, { recursive: true, force: true });
  if (err) throw err;
  console.log(JSON.stringify({ metric: 'MB/s', value: MB / s }));
});
