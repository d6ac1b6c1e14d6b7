'use strict';
// A small interactive REPL for `jnode` with no script on a TTY: reads lines, evaluates them in
// the global scope like node's REPL, prints results with util.inspect. Multi-line input goes on
// while the code is an unfinished expression; `.exit` or Ctrl-D ends it.

const { inspect } = require('internal/util/inspect');
const natives = internalBinding('natives');

function start(options = {}) {
  const input = options.input || process.stdin;
  const output = options.output || process.stdout;
  const prompt = options.prompt ?? '> ';
  const useColors = options.useColors ?? !!output.isTTY;
  let buffered = '';
  let pending = '';

  output.write(`Welcome to Node.js ${process.version} (jnode).\nType ".help" for more information.\n`);
  output.write(prompt);
  input.setEncoding('utf8');
  input.on('data', (chunk) => {
    pending += chunk;
    let nl;
    while ((nl = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, nl).replace(/\r$/, '');
      pending = pending.slice(nl + 1);
      if (!onLine(line)) return;
    }
  });
  input.on('end', () => {
    output.write('\n');
    process.exit();
  });

  function onLine(line) {
    if (buffered === '' && line.trim() === '.exit') {
      process.exit();
      return false;
    }
    if (buffered === '' && line.trim() === '.help') {
      output.write('.exit     Exit the REPL\n.help     Print this help message\n');
      output.write(prompt);
      return true;
    }
    buffered += (buffered ? '\n' : '') + line;
    try {
      const result = natives.compile(buffered, 'REPL');
      globalThis._ = result;
      output.write(`${inspect(result, { colors: useColors })}\n`);
    } catch (err) {
      if (err instanceof SyntaxError && /end of (input|script)|Expected|Unterminated/.test(err.message) &&
          !/\n\s*$/.test(line + '\n\n')) {
        output.write('... ');
        return true;
      }
      output.write(`Uncaught ${inspect(err, { colors: useColors })}\n`);
    }
    buffered = '';
    output.write(prompt);
    return true;
  }
}

module.exports = { start };
