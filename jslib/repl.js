'use strict';
// The public repl module: start() over any pair of streams.
const { start } = require('internal/repl');

module.exports = { start };
