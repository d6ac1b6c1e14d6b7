'use strict';
// The cluster module: a primary forks workers that share its server ports. Which half this
// process gets is fixed by NODE_UNIQUE_ID, which the primary puts in each worker's environment.

// Own property only: node's env ignores its prototype.
module.exports = Object.hasOwn(process.env, 'NODE_UNIQUE_ID') ?
  require('internal/cluster/child') :
  require('internal/cluster/primary');
