# Sourced by bench/run: TCP echo over loopback, client and server in one process.
metric "net echo, 64 KiB chunks" 3 net-echo.js 128 65536
metric "net echo, 128-byte messages" 3 net-echo.js 8 128
