'use strict';
// examples/exec/exec.js: under `jnode --as-node`, the sample's `node -v` child is jnode, and the sample
// prints { error: null, stdout: 'v20…\n', stderr: '' }.
require('./node-version-common').checkNodeVersionSample('exec', 'exec.js');
