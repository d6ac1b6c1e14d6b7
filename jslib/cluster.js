'use strict';
// The cluster module: a primary forks workers that share its server ports. Which half this
// process gets is fixed by NODE_UNIQUE_ID, which the primary puts in each worker's environment.

module.exports = 'NODE_UNIQUE_ID' in process.env ?
  require('internal/cluster/child') :
  require('internal/cluster/primary');
