'use strict';
// require('util/types'): the same checks util.types has.
module.exports = require('internal/util/types');
