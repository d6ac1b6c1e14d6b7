// The article's computation(): a CPU-bound loop on the only JS thread (compute.js uses 1e10;
// 1e9 here). Prints the sum and the time it took.
'use strict';
const n = Number(process.argv[2] || 1e9);
function computation(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += i;
  return sum;
}
const start = Date.now();
const sum = computation(n);
console.log(`sum ${sum} in ${Date.now() - start} ms`);
