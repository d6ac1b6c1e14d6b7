'use strict';
// process.on('SIGINT', ...) and friends (Node's internal/process/signal.js): the first
// listener for a signal starts a watcher, removing the last one restores the default action.

const { errnoException } = require('internal/errors');

function setup(process, binding) {
  const watching = new Set();
  // The signal table loads with the first listener that could be for a signal.
  let signals;

  process.on('newListener', (type) => {
    if (typeof type !== 'string' || !type.startsWith('SIG') || watching.has(type)) return;
    signals ??= require('internal/constants').signals;
    if (!Object.hasOwn(signals, type)) return;
    const signum = signals[type];
    const rc = binding.start(signum, () => process.emit(type, type, signum));
    if (rc < 0) {
      if (type === 'SIGQUIT' || type === 'SIGUSR1') return; // the JVM keeps these; see README
      throw errnoException(rc, 'uv_signal_start');
    }
    watching.add(type);
  });
  process.on('removeListener', (type) => {
    if (!watching.has(type) || process.listenerCount(type) > 0) return;
    watching.delete(type);
    binding.stop(signals[type]);
  });
}

module.exports = { setup };
