'use strict';
// Numbers and bigints as inspect prints them (numericSeparator included); shared with
// util.format, which prints them without loading the rest of inspect.

function stylizeNoColor(str) {
  return str;
}

// 1234567 -> 1_234_567 (a leading '-' is kept out of the groups).
function groupDigitsFromEnd(str) {
  const start = str[0] === '-' ? 1 : 0;
  let out = '';
  let i = str.length;
  for (; i >= start + 4; i -= 3) out = `_${str.slice(i - 3, i)}${out}`;
  return i === str.length ? str : `${str.slice(0, i)}${out}`;
}

// Fraction digits group from the left: 1234567 -> 123_456_7.
function groupDigitsFromStart(str) {
  let out = '';
  let i = 0;
  for (; i < str.length - 3; i += 3) out += `${str.slice(i, i + 3)}_`;
  return i === 0 ? str : `${out}${str.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  if (Number.isInteger(number)) {
    const str = String(number);
    return fn(str.includes('e') ? str : groupDigitsFromEnd(str), 'number');
  }
  if (!Number.isFinite(number)) return fn(String(number), 'number');
  // Split at the '.' the way node does, exponent notation included.
  const str = String(number);
  const dot = str.indexOf('.');
  return fn(`${groupDigitsFromEnd(str.slice(0, dot))}.${groupDigitsFromStart(str.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const str = String(bigint);
  return fn(`${numericSeparator ? groupDigitsFromEnd(str) : str}n`, 'bigint');
}

module.exports = { stylizeNoColor, formatNumber, formatBigInt };
