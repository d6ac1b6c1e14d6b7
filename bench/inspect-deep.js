'use strict';
// util.inspect of a deep, wide object graph (each level refers back to the root and to the level
// before it), as a debugging console.log of a big linked structure would print it: ms per inspect
// after the warm-up, and the output's size as a check that both runtimes printed the same.
//   usage: inspect-deep.js [LEVELS=100]
const util = require('util');
const { plateau } = require('./lib/warmup');
const LEVELS = Number(process.argv[2] || 100);

let last = {};
const root = last;
for (let i = 0; i < LEVELS; i++) {
  last.next = { circular: root, last, obj: { a: 1, b: 2, c: true } };
  last = last.next;
  root[i] = last;
}

let length = 0;
const inspectOnce = () => { length = util.inspect(root, { depth: Infinity }).length; };
const warming = plateau();
do inspectOnce(); while (warming());
const ROUNDS = 3;
const start = process.hrtime.bigint();
for (let i = 0; i < ROUNDS; i++) inspectOnce();
const ms = Number(process.hrtime.bigint() - start) / 1e6 / ROUNDS;
if (length !== 7025014 && LEVELS === 100) throw new Error(`unexpected output length ${length}`);
console.log(JSON.stringify({ metric: 'ms per inspect', value: ms }));
