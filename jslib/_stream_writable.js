'use strict';
// The pre-v0.10 module name of stream.Writable, still required by older packages.
module.exports = require('stream').Writable;
