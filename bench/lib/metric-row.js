// Reads {"metric","value"} lines from a node run file and a jnode run file; prints
// "unit node-cell jnode-cell ratio" with medians and min–max spreads.
'use strict';
const fs = require('fs');
const read = (f) => fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const [node, jnode] = [read(process.argv[2]), read(process.argv[3])];
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const cell = (rs) => {
  const v = rs.map((r) => r.value);
  return `${median(v).toFixed(1)}(${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)})`;
};
const ratio = median(jnode.map((r) => r.value)) / median(node.map((r) => r.value));
console.log(`${node[0].metric} ${cell(node)} ${cell(jnode)} ${ratio.toFixed(2)}`);
