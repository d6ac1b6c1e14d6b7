# Sourced by bench/run: TCP echo over loopback, client and server in one process.
# Each measured transfer takes about a second or more under both runtimes (8 MB of 128-byte
# messages took 0.1 s, too short to be more than noise).
metric "net echo, 64 KiB chunks" 3 net-echo.js 1024 65536
metric "net echo, 128-byte messages" 3 net-echo.js 64 128
