'use strict';
// The deprecated alias of util.
module.exports = require('util');
