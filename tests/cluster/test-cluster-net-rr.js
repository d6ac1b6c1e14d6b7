'use strict';
// A net server on 2 workers under SCHED_RR (see serve-kill-replace.js).
require('./serve-kill-replace')('net', 'SCHED_RR');
