# Sourced by bench/run: util.inspect on output that nests deep.
metric "util.inspect deep object graph" 3 inspect-deep.js 100
