'use strict';
// The node options in effect (node's internal/options): NODE_OPTIONS's, then the command line's
// (process.execArgv). `--name=value` and `--name value` both count; the last occurrence wins.

let options; // read once: what the process started with, whatever happens to execArgv later
function all() {
  options ??= Array.from(internalBinding('process').options());
  return options;
}

function getOptionValue(name) {
  const argv = all();
  let value;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith(`${name}=`)) value = argv[i].slice(name.length + 1);
    else if (argv[i] === name) value = argv[i + 1];
  }
  return value;
}

// Whether a flag (an option without a value) is on.
function hasOption(name) {
  return all().includes(name);
}

module.exports = { getOptionValue, hasOption };
