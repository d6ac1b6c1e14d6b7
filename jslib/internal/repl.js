'use strict';
// A small interactive REPL for `jnode` with no script on a TTY: reads lines, evaluates them in
// the global scope like node's REPL, prints results with util.inspect. Multi-line input goes on
// while the code is an unfinished expression; `.exit` or Ctrl-D ends it.

const { inspect } = require('internal/util/inspect');
const natives = internalBinding('natives');
const { createInterface } = require('readline');

function start(options = {}) {
  const input = options.input || process.stdin;
  const output = options.output || process.stdout;
  const prompt = options.prompt ?? '> ';
  const useColors = options.useColors ?? !!output.isTTY;
  let buffered = '';

  output.write(`Welcome to Node.js ${process.version} (jnode).\nType ".help" for more information.\n`);
  // readline gives line editing and history on a terminal, and plain lines otherwise.
  const rl = createInterface({ input, output, prompt, terminal: options.terminal ?? !!output.isTTY });
  rl.prompt();
  rl.on('line', (line) => {
    sawSigint = false;
    onLine(line);
  });
  // Ctrl+C drops the current input; twice on an empty line leaves, as in node.
  let sawSigint = false;
  rl.on('SIGINT', () => {
    if (sawSigint) {
      rl.close();
      return;
    }
    const empty = rl.line === '' && buffered === '';
    rl.clearLine();
    buffered = '';
    rl.setPrompt(prompt);
    if (empty) {
      output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      sawSigint = true;
    }
    rl.prompt();
  });
  rl.on('close', () => {
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
      rl.prompt();
      return true;
    }
    buffered += (buffered ? '\n' : '') + line;
    try {
      const result = natives.compile(buffered, 'REPL');
      globalThis._ = result;
      output.write(`${inspect(result, { colors: useColors })}\n`);
    } catch (err) {
      // Input that ends too early goes on at '... '; an empty line gives up on it.
      if (err instanceof SyntaxError && /found eof|end of (input|script)|Unterminated/.test(err.message) &&
          line.trim() !== '') {
        rl.setPrompt('... ');
        rl.prompt();
        return true;
      }
      output.write(`Uncaught ${describeError(err, useColors)}\n`);
    }
    buffered = '';
    rl.setPrompt(prompt);
    rl.prompt();
    return true;
  }
}

// An error as node's REPL shows it: the frames of the REPL's own machinery left out.
function describeError(err, colors) {
  if (!(err instanceof Error) || typeof err.stack !== 'string') return inspect(err, { colors });
  if (err instanceof SyntaxError) return `${err.name}: ${err.message}`;
  const lines = err.stack.split('\n');
  const own = lines.filter((l, i) => i === 0 || !/\(node:|^\s*at node:/.test(l));
  return own.join('\n');
}

module.exports = { start };
