# Sourced by bench/run: idle resident memory of a plain process and of a forked worker.
metric "idle RSS, process (MB)" 3 idle-rss.js process
metric "idle RSS, forked worker (MB)" 3 idle-rss.js worker
