'use strict';
// jnode has no V8 inspector (process.features.inspector is false), so this module is what it is in
// a node built without one: loading it throws ERR_INSPECTOR_NOT_AVAILABLE, which code that probes
// for a debugger (require in a try) expects.
const { ERR_INSPECTOR_NOT_AVAILABLE } = require('internal/errors').codes;

throw new ERR_INSPECTOR_NOT_AVAILABLE();
