'use strict';
// An http server on 2 workers under SCHED_NONE (see serve-kill-replace.js).
require('./serve-kill-replace')('http', 'SCHED_NONE');
