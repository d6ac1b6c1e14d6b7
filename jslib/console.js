'use strict';
// `require('console')` is the global console object; `.Console` is the class.
// It reaches process.stdout/stderr only when it first writes.

const { createGlobalConsole } = require('internal/console/constructor');

module.exports = createGlobalConsole();
