'use strict';
// util.parseArgs: tokens, short groups, '--', multiple/default, allowNegative, strict errors and config validation.
// Expected values and messages were produced by node v20.
const assert = require('assert');
const { parseArgs } = require('util');

const S = { type: 'string' };
const B = { type: 'boolean' };
const plain = (r) => JSON.parse(JSON.stringify(r));

// Values have a null prototype.
assert.strictEqual(Object.getPrototypeOf(parseArgs({ args: [] }).values), null);

assert.deepStrictEqual(plain(parseArgs({
  args: ['-fbVAL', 'x', '-bfo'],
  options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string', short: 'b' } },
  allowPositionals: true,
  tokens: true,
})), {
  values: { foo: true, bar: 'fo' },
  positionals: ['x'],
  tokens: [
    { kind: 'option', name: 'foo', rawName: '-f', index: 0 },
    { kind: 'option', name: 'bar', rawName: '-b', index: 0, value: 'VAL', inlineValue: true },
    { kind: 'positional', index: 1, value: 'x' },
    { kind: 'option', name: 'bar', rawName: '-b', index: 2, value: 'fo', inlineValue: true },
  ],
});

assert.deepStrictEqual(plain(parseArgs({ args: ['-abc', '--', '-x', 'y'], strict: false, tokens: true })), {
  values: { a: true, b: true, c: true },
  positionals: ['-x', 'y'],
  tokens: [
    { kind: 'option', name: 'a', rawName: '-a', index: 0 },
    { kind: 'option', name: 'b', rawName: '-b', index: 0 },
    { kind: 'option', name: 'c', rawName: '-c', index: 0 },
    { kind: 'option-terminator', index: 1 },
    { kind: 'positional', index: 2, value: '-x' },
    { kind: 'positional', index: 3, value: 'y' },
  ],
});

// A separate string value takes the next index; '=' values are inline.
assert.deepStrictEqual(plain(parseArgs({
  args: ['--foo', 'a', '--foo=-x', '--foo=', '--foo=a=b'],
  options: { foo: { type: 'string', multiple: true } },
  tokens: true,
})).tokens.map((t) => [t.index, t.value, t.inlineValue]), [[0, 'a', false], [2, '-x', true], [3, '', true], [4, 'a=b', true]]);

assert.deepStrictEqual(plain(parseArgs({ args: ['a', '--foo', 'b', '--bar', '--baz=1'], strict: false })),
                       { values: { foo: true, bar: true, baz: '1' }, positionals: ['a', 'b'] });
assert.deepStrictEqual(plain(parseArgs({ args: ['--foo', '-x'], options: { foo: S }, strict: false })).values, { foo: '-x' });
assert.deepStrictEqual(plain(parseArgs({ args: ['--foo', '-'], options: { foo: S } })).values, { foo: '-' });
assert.deepStrictEqual(plain(parseArgs({ args: ['--foo', 'a', '--foo', 'b'], options: { foo: S } })).values, { foo: 'b' });
assert.deepStrictEqual(plain(parseArgs({ args: ['-f', '-f', '-f'], options: { foo: { type: 'boolean', short: 'f', multiple: true } } })).values,
                       { foo: [true, true, true] });

// Defaults fill only what the arguments left unset.
assert.deepStrictEqual(plain(parseArgs({
  args: ['--foo', 'z'],
  options: { foo: { type: 'string', multiple: true, default: ['a'] }, bar: { type: 'boolean', default: false } },
})).values, { foo: ['z'], bar: false });

// '__proto__' is never stored.
assert.deepStrictEqual(Object.keys(parseArgs({ args: ['--__proto__', '--toString'], strict: false }).values), ['toString']);

// allowNegative: --no-foo sets a boolean foo to false and renames its token.
assert.deepStrictEqual(plain(parseArgs({ args: ['--no-foo'], options: { foo: B }, allowNegative: true, tokens: true })), {
  values: { foo: false }, positionals: [], tokens: [{ kind: 'option', name: 'foo', rawName: '--no-foo', index: 0 }],
});
assert.deepStrictEqual(plain(parseArgs({ args: ['--no-foo'], options: { foo: { type: 'boolean', multiple: true } }, allowNegative: true })).values,
                       { foo: [false] });
assert.deepStrictEqual(plain(parseArgs({ args: ['--no-foo=x', '--no-'], allowNegative: true, strict: false })).values,
                       { 'no-foo': 'x', '': false });

// Arguments default to process.argv after the script.
assert.deepStrictEqual(parseArgs({ strict: false }).positionals, process.argv.slice(2));

function throwsWith(config, code, message) {
  assert.throws(() => parseArgs(config), { name: 'TypeError', code, message });
}
const unknown = 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
const invalid = 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE';
const positional = 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL';
throwsWith({ args: ['--foo'] }, unknown, "Unknown option '--foo'");
throwsWith({ args: ['-f'], allowPositionals: true }, unknown,
           "Unknown option '-f'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"-f\"");
throwsWith({ args: ['--toString'] }, unknown, "Unknown option '--toString'");
throwsWith({ args: ['--no-foo'], options: { foo: B } }, unknown, "Unknown option '--no-foo'");
throwsWith({ args: ['--no-foo'], options: { foo: S }, allowNegative: true }, unknown, "Unknown option '--no-foo'");
throwsWith({ args: ['-f'], options: { foo: { type: 'string', short: 'f' } } }, invalid, "Option '-f, --foo <value>' argument missing");
throwsWith({ args: ['--foo=1'], options: { foo: B } }, invalid, "Option '--foo' does not take an argument");
throwsWith({ args: ['--no-foo=1'], options: { foo: { type: 'boolean', short: 'n' } }, allowNegative: true }, invalid,
           "Option '-n, --foo' does not take an argument");
throwsWith({ args: ['--foo', '--bar'], options: { foo: S } }, invalid,
           "Option '--foo' argument is ambiguous.\nDid you forget to specify the option argument for '--foo'?\n" +
           "To specify an option argument starting with a dash use '--foo=-XYZ'.");
throwsWith({ args: ['-f', '-b'], options: { foo: { type: 'string', short: 'f' } } }, invalid,
           "Option '-f' argument is ambiguous.\nDid you forget to specify the option argument for '-f'?\n" +
           "To specify an option argument starting with a dash use '--foo=-XYZ' or '-f-XYZ'.");
throwsWith({ args: ['x'] }, positional, "Unexpected argument 'x'. This command does not take positional arguments");
throwsWith({ args: ['--', '--foo'] }, positional, "Unexpected argument '--foo'. This command does not take positional arguments");

const argType = 'ERR_INVALID_ARG_TYPE';
throwsWith({ args: 'x' }, argType, 'The "args" argument must be an instance of Array. Received type string (\'x\')');
throwsWith({ args: [], strict: 1 }, argType, 'The "strict" argument must be of type boolean. Received type number (1)');
throwsWith({ args: [], tokens: 'x' }, argType, 'The "tokens" argument must be of type boolean. Received type string (\'x\')');
throwsWith({ args: [], allowNegative: 1 }, argType, 'The "allowNegative" argument must be of type boolean. Received type number (1)');
throwsWith({ args: [], options: 1 }, argType, 'The "options" argument must be of type object. Received type number (1)');
throwsWith({ args: [], options: { foo: 1 } }, argType, 'The "options.foo" property must be of type object. Received type number (1)');
throwsWith({ args: [], options: { foo: {} } }, argType, 'The "options.foo.type" property must be (\'string|boolean\'). Received undefined');
throwsWith({ args: [], options: { foo: { type: 'string', short: 5 } } }, argType,
           'The "options.foo.short" property must be of type string. Received type number (5)');
throwsWith({ args: [], options: { foo: { type: 'string', short: 'ff' } } }, 'ERR_INVALID_ARG_VALUE',
           "The property 'options.foo.short' must be a single character. Received 'ff'");
throwsWith({ args: [], options: { foo: { type: 'boolean', multiple: 1 } } }, argType,
           'The "options.foo.multiple" property must be of type boolean. Received type number (1)');
throwsWith({ args: [], options: { foo: { type: 'string', default: 1 } } }, argType,
           'The "options.foo.default" property must be of type string. Received type number (1)');
throwsWith({ args: [], options: { foo: { type: 'string', multiple: true, default: 'a' } } }, argType,
           'The "options.foo.default" property must be an instance of Array. Received type string (\'a\')');
throwsWith({ args: [], options: { foo: { type: 'boolean', multiple: true, default: [true, 'x'] } } }, argType,
           'The "options.foo.default[1]" property must be of type boolean. Received type string (\'x\')');
