'use strict';
// chalk: styles, nesting, 256/truecolor levels, template-free chaining; debug: namespaces
// enabled by DEBUG, %o/%O/%s/%d formatting, extend(), enable()/disable() at run time, colours
// on stderr. Time deltas (+Nms) vary between runs: the test masks them.
const chalk = require('chalk');
const debug = require('debug');

console.log(chalk.red('red'), chalk.bold.underline.blue('bold blue'), chalk.bgGreen.black(' ok '));
console.log(chalk.green(`outer ${chalk.yellow('inner')} outer`));
console.log(chalk.rgb(255, 136, 0)('orange'), chalk.hex('#00ff88')('hex'), chalk.ansi256(201)('pink'));
console.log(JSON.stringify(chalk.level), chalk.supportsColor && chalk.supportsColor.level);
const plain = new chalk.Instance({ level: 0 });
console.log(plain.red('no colour'), JSON.stringify(chalk.stderr.level));

const log = debug('app:main');
const db = log.extend('db');
const off = debug('other');
log('starting %s with %d workers', 'server', 4);
log('config %o', { port: 8080, tls: false, hosts: ['a', 'b'] });
db('query %O', { sql: 'select 1', params: [1, 2] });
off('not shown');
console.log('enabled', log.enabled, db.enabled, off.enabled, debug.enabled('app:x'));
debug.enable('other');
off('now shown');
console.log('after enable', log.enabled, off.enabled);
