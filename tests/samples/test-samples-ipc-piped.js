'use strict';
// examples/ipc-piped/pipe.js, under `jnode --as-node`: spawns `node worker.js` (jnode standing in) and
// prints the parent's and the child's pids; the child's stdout is piped into the parent's, so
// `I am worker, PID:  <child pid>` follows.
require('./ipc-common').checkIpcSample('ipc-piped', (child) => `I am worker, PID:  ${child}\n`);
