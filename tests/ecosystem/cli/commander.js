'use strict';
// commander: options with defaults and coercion, variadic arguments, subcommands, generated help,
// and its errors (unknown option, missing argument) with their exit codes.
const { Command, InvalidArgumentError } = require('commander');

function int(value) {
  const n = Number.parseInt(value, 10);
  if (Number.isNaN(n)) throw new InvalidArgumentError('Not a number.');
  return n;
}

const program = new Command();
program.name('tool').description('a test tool').version('1.2.3');
program.exitOverride((err) => {
  console.log(`exit ${err.exitCode} ${err.code}`);
  process.exit(err.exitCode);
});
program.configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stdout.write(s) });

program.command('build')
  .description('build things')
  .argument('<target>', 'what to build')
  .argument('[extra...]', 'more targets')
  .option('-j, --jobs <n>', 'parallel jobs', int, 1)
  .option('--no-cache', 'skip the cache')
  .option('-D, --define <kv...>', 'definitions')
  .action((target, extra, opts) => {
    console.log(JSON.stringify({ cmd: 'build', target, extra, opts }));
  });

program.command('serve')
  .option('-p, --port <port>', 'port', int, 8080)
  .option('-v, --verbose', 'more output')
  .action((opts) => console.log(JSON.stringify({ cmd: 'serve', opts })));

program.parse(process.argv);
