'use strict';
// The cluster protocol's plumbing: every internal message is { cmd: 'NODE_CLUSTER', act, seq }
// and a reply names the request it answers in `ack`; one seq counter and callback table per
// process, as both ends of every channel number their own requests.

const callbacks = new Map();
let seq = 0;

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle);
}

// An 'internalMessage' listener: replies go to the callback waiting on them, the rest to cb.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message === null || typeof message !== 'object' || message.cmd !== 'NODE_CLUSTER') return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    fn.call(worker, message, handle);
  };
}

module.exports = { sendHelper, internal };
