// The AOT cache's training run (runtime/build.sh): touch what most programs use at start-up,
// so the classes behind them are in the cache.
'use strict';
const path = require('path');
const events = require('events');
const util = require('util');
const e = new events.EventEmitter();
e.on('x', (v) => console.log(util.format('%s %d', path.basename(__filename), v)));
e.emit('x', 1);
setTimeout(() => Promise.resolve(2).then((v) => console.log(v)), 1);
setImmediate(() => process.nextTick(() => console.log('tick')));
