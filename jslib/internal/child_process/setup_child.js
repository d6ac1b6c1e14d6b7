'use strict';
// A process started by fork() (or with 'ipc' in its stdio) finds its channel's fd in
// NODE_CHANNEL_FD; set the channel up before any user code runs (Node's
// setupChildProcessIpcChannel).

function setupChildProcessIpcChannel() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  // Not for our own children: they get their own channel.
  delete process.env.NODE_CHANNEL_FD;
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  require('child_process')._forkChild(fd, mode);
}

module.exports = { setupChildProcessIpcChannel };
