'use strict';
// require('module') is the CommonJS Module class.
module.exports = require('internal/modules/cjs/loader').Module;
