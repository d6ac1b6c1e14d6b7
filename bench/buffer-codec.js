'use strict';
// Buffer encode/decode of one large buffer: base64 and utf8 round trips (toString then
// Buffer.from), ROUNDS times after the warm-up (bench/lib/warmup.js, one per encoding);
// prints {"metric","value"} in MB/s each. ROUNDS makes the measured time long enough to include
// each runtime's garbage collection of the big strings and buffers (5 rounds of base64 took about
// 25 ms under node). Node's base64 rate still moves from run to run: 1.6-4.3 GB/s with 5 rounds,
// 2.0-4.2 with 100 (2026-11-28), so read its row as the median it is.
//   usage: buffer-codec.js [MB=16] [ROUNDS=100]
const MB = Number(process.argv[2] || 16);
const ROUNDS = Number(process.argv[3] || 100);
const { plateau } = require('./lib/warmup');
const size = MB * 1024 * 1024;
const bytes = Buffer.alloc(size);
for (let i = 0; i < size; i++) bytes[i] = (i * 7919) & 0xff;
// Mostly ASCII with some two- and three-byte characters, as text usually is.
const text = Buffer.from('plain ascii text, ünïcödé and 漢字 '.repeat(Math.ceil(size / 40)).slice(0, size / 1.1));

function roundTrip(buf, encoding) {
  const back = Buffer.from(buf.toString(encoding), encoding);
  if (back.length !== buf.length) throw new Error(`${encoding} round trip lost bytes`);
}

for (const [name, buf, encoding] of [['base64', bytes, 'base64'], ['utf8', text, 'utf8']]) {
  const warming = plateau();
  do roundTrip(buf, encoding); while (warming());
  const start = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i++) roundTrip(buf, encoding);
  const s = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ metric: `MB/s ${name} round trip`, value: (buf.length / 1048576) * ROUNDS / s }));
}
