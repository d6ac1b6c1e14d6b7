'use strict';
// The pre-v0.10 module name of stream.Duplex, still required by older packages.
module.exports = require('stream').Duplex;
