# Sourced by bench/run: hello-world HTTP in one process, wrk (32 keep-alive connections) as the client.
metric "http hello, 1 process" 3 http-1proc.js 5 32
