'use strict';
// require('constants') (deprecated): os.constants' dlopen, errno, priority and signals merged
// with fs.constants, frozen, as node builds it. crypto's constants are not included yet.

const { os, fs } = require('internal/constants');

module.exports = Object.freeze(Object.assign({}, os.dlopen, os.errno, os.priority, os.signals, fs));
