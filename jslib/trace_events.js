'use strict';
// jnode records no trace events (V8's tracing controller has no counterpart on GraalJS), so this
// module is what it is in a node without tracing: loading it throws ERR_TRACE_EVENTS_UNAVAILABLE.
const { ERR_TRACE_EVENTS_UNAVAILABLE } = require('internal/errors').codes;

throw new ERR_TRACE_EVENTS_UNAVAILABLE();
