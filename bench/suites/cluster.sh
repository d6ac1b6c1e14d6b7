# Sourced by bench/run: hello-world HTTP req/s through a 2-worker cluster (wrk as the client).
metric "http hello, 2-worker cluster (req/s)" 3 cluster-http.js 5 32
