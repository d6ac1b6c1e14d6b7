// Constructor validation errors, with node v20's codes and messages.
const assert = require('assert');
const { Console } = require('console');

const w = { write() { return true; } };
const cases = [
  [[{}], 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stdout'],
  [[], 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stdout'],
  [[{ stdout: w, stderr: {} }], 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stderr'],
  [[w, {}], 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stderr'],
  [[{ stdout: w, colorMode: 'x' }], 'ERR_INVALID_ARG_VALUE',
    "The argument 'colorMode' must be one of: 'auto', true, false. Received 'x'"],
  [[{ stdout: w, groupIndentation: 1001 }], 'ERR_OUT_OF_RANGE',
    'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received 1001'],
  [[{ stdout: w, groupIndentation: 'x' }], 'ERR_INVALID_ARG_TYPE',
    'The "groupIndentation" argument must be of type number. Received type string (\'x\')'],
  [[{ stdout: w, inspectOptions: { colors: true }, colorMode: true }], 'ERR_INCOMPATIBLE_OPTION_PAIR',
    'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"'],
  [[{ stdout: w, inspectOptions: 5 }], 'ERR_INVALID_ARG_TYPE',
    'The "options.inspectOptions" property must be of type object. Received type number (5)'],
];
for (const [args, code, message] of cases) {
  assert.throws(() => new Console(...args), { code, message });
}
// A non-boolean ignoreErrors is accepted.
new Console({ stdout: w, ignoreErrors: 'x' });
