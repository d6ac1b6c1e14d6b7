'use strict';
// examples/execfile/execFile.js: under `jnode --as-node`, the sample's `node -v` child is jnode, and the sample
// prints { error: null, stdout: 'v20…\n', stderr: '' }.
require('./node-version-common').checkNodeVersionSample('execfile', 'execFile.js');
