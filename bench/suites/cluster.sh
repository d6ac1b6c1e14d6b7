# Sourced by bench/run: hello-world HTTP served by 2 worker processes, wrk as the client.
# cluster's round-robin: the primary accepts and hands each connection to a worker over IPC.
metric "http hello, 2-worker cluster" 3 cluster-http.js 5 32
# The article's handle-pass master: both workers accept on the listening socket it sent them.
metric "http hello, handle-pass master + 2 workers" 3 handle-pass-http.js 5 32
metric "cluster worker replacement, kill → listening (ms)" 3 cluster-restart.js
