# Sourced by bench/run: child processes and IPC.
metric "fork → first message round trip (ms)" 3 fork-rtt.js
metric "IPC one-way, small JSON (msgs/s)" 3 ipc-messages.js oneway
metric "IPC ping-pong, small JSON (msgs/s)" 3 ipc-messages.js pingpong
metric "spawn('true') and reap (ms)" 3 spawn-true.js
