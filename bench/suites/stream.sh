# Sourced by bench/run: the stream and Buffer byte paths.
metric "stream: pipeline 1 GiB file to /dev/null" 3 stream-pipe.js 1024
metric "stream: Buffer 16 MiB round trips" 3 buffer-codec.js 16 100
