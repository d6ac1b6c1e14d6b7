// Reads {"metric","value"} lines from a node run file and a jnode run file; prints, for each
// metric in order of first appearance, "unit node-cell jnode-cell ratio" with medians and
// min–max spreads.
'use strict';
const fs = require('fs');
const read = (f) => fs.readFileSync(f, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const [node, jnode] = [read(process.argv[2]), read(process.argv[3])];
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const cell = (v) => `${median(v).toFixed(1)}(${Math.min(...v).toFixed(1)}–${Math.max(...v).toFixed(1)})`;
const values = (rs, m) => rs.filter((r) => r.metric === m).map((r) => r.value);
for (const m of new Set(node.map((r) => r.metric))) {
  const [n, j] = [values(node, m), values(jnode, m)];
  const ratio = j.length ? (median(j) / median(n)).toFixed(2) : '-';
  console.log(`${m.replace(/ /g, '_')} ${cell(n)} ${j.length ? cell(j) : 'failed'} ${ratio}`);
}
