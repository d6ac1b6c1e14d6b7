// Formats hyperfine's JSON for two commands (node, jnode) as "node-cell jnode-cell ratio".
'use strict';
const { results } = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const cell = (r) => `${r.median.toFixed(3)}(${Math.min(...r.times).toFixed(2)}–${Math.max(...r.times).toFixed(2)})`;
const [node, jnode] = results;
console.log(`${cell(node)} ${cell(jnode)} ${(jnode.median / node.median).toFixed(2)}`);
