'use strict';
// A net server on 2 workers under SCHED_NONE (see serve-kill-replace.js).
require('./serve-kill-replace')('net', 'SCHED_NONE');
