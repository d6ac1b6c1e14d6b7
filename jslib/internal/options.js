'use strict';
// The value of a node command-line option, read from process.execArgv (node's internal/options).
// `--name=value` and `--name value` both count; the last occurrence wins, as in node.

function getOptionValue(name) {
  const argv = process.execArgv;
  let value;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith(`${name}=`)) value = argv[i].slice(name.length + 1);
    else if (argv[i] === name) value = argv[i + 1];
  }
  return value;
}

module.exports = { getOptionValue };
