'use strict';
// examples/ipc/pipe.js, under `jnode --as-node`: spawns `node worker.js` (jnode standing in) and
// prints the parent's and the child's pids; the child's stdout is a pipe nobody reads, so
// nothing else appears.
require('./ipc-common').checkIpcSample('ipc', () => '');
