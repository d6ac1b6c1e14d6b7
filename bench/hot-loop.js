// Steady-state speed of a hot loop in a function: runs the loop 20 times and reports the
// median of the last 10 rounds (after JIT warm-up), in ms.
'use strict';
function work(n) {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + i * 7) % 1000003;
  return s;
}
const times = [];
let check = 0;
for (let r = 0; r < 20; r++) {
  const t = process.hrtime.bigint();
  check += work(2e7);
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
const warm = times.slice(10).sort((a, b) => a - b);
console.log(JSON.stringify({ metric: 'ms', value: warm[5], check }));
