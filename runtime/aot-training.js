// The AOT cache's training run (runtime/build.sh): touch what most programs use at start-up,
// so the classes behind them are in the cache.
'use strict';
const path = require('path');
const events = require('events');
const util = require('util');
const fs = require('fs');
const e = new events.EventEmitter();
e.on('x', (v) => console.log(util.format('%s %d', path.basename(__filename), v)));
e.emit('x', 1);
console.log('plain', 1, true);
process.stdout.write(`${fs.readFileSync(__filename, 'utf8').length} ${fs.statSync(__dirname).isDirectory()}\n`);
// Every built-in once, so that require() of any of them starts from cached classes too.
for (const id of require('module').builtinModules) {
  try {
    require(id);
  } catch {
    // one jnode lacks: nothing to train
  }
}
setTimeout(() => Promise.resolve(2).then((v) => console.log(v)), 1);
setImmediate(() => process.nextTick(() => console.log('tick')));
