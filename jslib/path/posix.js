'use strict';
// `require('path/posix')` is path.posix.

module.exports = require('path').posix;
