'use strict';

// util.parseArgs: splits argv into option/positional tokens, then checks them against the
// configured options (strict mode) and collects values, as node 20 does.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateObject,
  validateString,
  validateUnion,
} = require('internal/validators');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const getOwn = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionGetOwn = (options, name, key) => (hasOwn(options, name) ? getOwn(options[name], key) : undefined);

// With -e/-p there is no script name in argv.
function mainArgs() {
  const evalFlags = ['-e', '--eval', '-p', '--print'];
  const skip = process.execArgv.some((a) => evalFlags.includes(a)) ? 1 : 2;
  return process.argv.slice(skip);
}

function validateArrayOf(value, name, validateItem) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateItem(value[i], `${name}[${i}]`);
}

function validateOptionConfig(name, config) {
  const prefix = `options.${name}`;
  validateObject(config, prefix);
  const type = getOwn(config, 'type');
  validateUnion(type, `${prefix}.type`, ['string', 'boolean']);
  if (hasOwn(config, 'short')) {
    const short = config.short;
    validateString(short, `${prefix}.short`);
    if (short.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`${prefix}.short`, short, 'must be a single character');
    }
  }
  const multiple = getOwn(config, 'multiple');
  if (multiple !== undefined) validateBoolean(multiple, `${prefix}.multiple`);
  const dflt = getOwn(config, 'default');
  if (dflt === undefined) return;
  const validateOne = type === 'string' ? validateString : validateBoolean;
  if (multiple) validateArrayOf(dflt, `${prefix}.default`, validateOne);
  else validateOne(dflt, `${prefix}.default`);
}

function longNameForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (getOwn(options[name], 'short') === short) return name;
  }
  return short;
}

const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLongOption = (arg) => arg.length > 2 && arg.startsWith('--');
const isOptionLike = (value) => value != null && value.length > 1 && value[0] === '-';
// '-abc' (or '-fVALUE' when f takes a string).
const isShortCluster = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';

function toTokens(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  // Pieces of an expanded short cluster share the cluster's index.
  let clusterLeft = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (clusterLeft > 0) clusterLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShort(arg) || (isLongOption(arg) && !arg.includes('=', 3))) {
      const name = arg.length === 2 ? longNameForShort(arg[1], options) : arg.slice(2);
      let value;
      let inlineValue;
      if (optionGetOwn(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShortCluster(arg)) {
      const first = longNameForShort(arg[1], options);
      if (optionGetOwn(options, first, 'type') === 'string') {
        tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      // '-abfVALUE' becomes '-a', '-b', '-fVALUE'.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const name = longNameForShort(arg[i], options);
        if (optionGetOwn(options, name, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${arg[i]}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      clusterLeft = expanded.length;
      continue;
    }
    if (isLongOption(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(token, options, allowPositionals, allowNegative) {
  let name = token.name;
  if (!hasOwn(options, name)) {
    // --no-foo negates a boolean foo when allowNegative is set.
    const negated = allowNegative && name.startsWith('no-') ? name.slice(3) : undefined;
    if (negated === undefined || !hasOwn(options, negated) || optionGetOwn(options, negated, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
    }
    name = negated;
  }
  const short = optionGetOwn(options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGetOwn(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

// A separate value that looks like an option is more likely a forgotten argument.
function checkOptionLikeValue(token) {
  if (token.inlineValue || !isOptionLike(token.value)) return;
  const example = token.rawName.startsWith('--') ?
    `'${token.rawName}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function storeOption(token, options, values, allowNegative) {
  let value = token.value ?? true;
  if (allowNegative && token.value === undefined && token.name.startsWith('no-')) {
    // The token reports the negated option's own name.
    token.name = token.name.slice(3);
    value = false;
  }
  const name = token.name;
  if (name === '__proto__') return;
  if (optionGetOwn(options, name, 'multiple')) {
    if (values[name]) values[name].push(value);
    else values[name] = [value];
  } else {
    values[name] = value;
  }
}

function parseArgs(config = {}) {
  const args = getOwn(config, 'args') ?? mainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [name, optionConfig] of Object.entries(options)) validateOptionConfig(name, optionConfig);

  const tokens = toTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(token, options, allowPositionals, allowNegative);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const [name, optionConfig] of Object.entries(options)) {
    const dflt = getOwn(optionConfig, 'default');
    if (dflt !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = dflt;
    }
  }
  return result;
}

module.exports = { parseArgs };
