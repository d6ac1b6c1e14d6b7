'use strict';
// The handles not closed yet, for process._getActiveHandles() and getActiveResourcesInfo():
// net's TCP and Pipe handles register here (internal/net/handles), so these work without
// loading net in a process that never used it. Node lists the ref'd ones only.

const live = new Set();

/** Ref'd open handles, in the order they were made. */
function activeHandles() {
  const out = [];
  for (const handle of live) if (handle.hasRef()) out.push(handle);
  return out;
}

module.exports = { live, activeHandles };
