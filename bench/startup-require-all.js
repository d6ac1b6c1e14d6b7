// Start-up with every built-in module loaded.
'use strict';
const { builtinModules } = require('module');
let n = 0;
for (const id of builtinModules) {
  try {
    require(id);
    n++;
  } catch {
    // a module jnode lacks is counted out, not fatal: the table says how many loaded
  }
}
console.log(n);
