'use strict';
// EADDRINUSE in the primary reaches the worker under SCHED_NONE (see eaddrinuse.js).
require('./eaddrinuse')('SCHED_NONE');
