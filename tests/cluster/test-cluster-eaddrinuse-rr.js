'use strict';
// EADDRINUSE in the primary reaches the worker under SCHED_RR (see eaddrinuse.js).
require('./eaddrinuse')('SCHED_RR');
