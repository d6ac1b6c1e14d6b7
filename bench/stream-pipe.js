'use strict';
// File throughput through streams: pipeline(fs.createReadStream(file), fs.createWriteStream('/dev/null'))
// over a MB-megabyte file made in a temp dir (and removed after); prints {"metric":"MB/s","value"}
// for the whole file (the median of 5 passes), after the warm-up (bench/lib/warmup.js) of 64 MB passes.
//   usage: stream-pipe.js [MB=1024]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');
const { warmUp } = require('./lib/warmup');

const MB = Number(process.argv[2] || 1024);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-stream-'));
const file = path.join(dir, 'data');
const block = Buffer.alloc(1024 * 1024, 'x');
const fd = fs.openSync(file, 'w');
for (let i = 0; i < MB; i++) fs.writeSync(fd, block);
fs.closeSync(fd);

function pass(bytes, done) {
  pipeline(fs.createReadStream(file, { end: bytes - 1 }), fs.createWriteStream('/dev/null'), (err) => {
    if (err) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    done();
  });
}

// The host is shared and one pass takes about a second, so a pass alone swings by 2x; the row is
// the median of PASSES passes.
const PASSES = 5;
const rates = [];
warmUp((next) => pass(Math.min(MB, 64) * 1048576, next), function measure() {
  const start = process.hrtime.bigint();
  pass(MB * 1048576, () => {
    rates.push(MB / (Number(process.hrtime.bigint() - start) / 1e9));
    if (rates.length < PASSES) return measure();
    fs.rmSync(dir, { recursive: true, force: true });
    rates.sort((a, b) => a - b);
    console.log(JSON.stringify({ metric: 'MB/s', value: rates[PASSES >> 1] }));
  });
});
