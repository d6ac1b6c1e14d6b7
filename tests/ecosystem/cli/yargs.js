'use strict';
// yargs: typed options, aliases, arrays, counts, commands with positionals, strict mode errors
// and the generated help, with their exit codes.
const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');

const argv = yargs(hideBin(process.argv))
  .scriptName('ytool')
  .command('copy <src> [dest]', 'copy a file', (y) => y
    .positional('src', { type: 'string' })
    .positional('dest', { type: 'string', default: 'out' }))
  .option('size', { alias: 's', type: 'number', default: 10 })
  .option('tag', { type: 'array', default: [] })
  .option('verbose', { alias: 'v', type: 'count' })
  .option('dry-run', { type: 'boolean' })
  .strict()
  .wrap(80)
  .fail((msg, err, y) => {
    console.log(`fail: ${msg}`);
    process.exit(1);
  })
  .parse();
const { $0, ...rest } = argv;
console.log(JSON.stringify(rest));
