'use strict';
// util: stripVTControlCharacters, styleText, system errors, inherits, promisify/callbackify/deprecate validation
// Expected strings were produced by node v20 and are hard-coded here.
const assert = require('assert');
const u = require('util');
const I = (v, o) => u.inspect(v, o);
const F = (...a) => u.format(...a);
const t = u.types;
class Foo { toString() { return 'FOO'; } }
class Bar {}

const cases = [
  ["strip", () => u.stripVTControlCharacters('\x1b[31mab\x1b]8;;http://x\x07c\x1b[0m\x1b[2J'),
    "abc"],
  ["styleText", () => JSON.stringify([u.styleText('red', 'x'), u.styleText(['bold', 'underline'], 'y')]),
    "[\"x\",\"\\u001b[1m\\u001b[4my\\u001b[24m\\u001b[22m\"]"],
  ["styleErr", () => { try { u.styleText('nope', 'x'); } catch (e) { return e.code + e.message; } },
    "ERR_INVALID_ARG_VALUEThe argument 'format' must be one of: 'reset', 'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', 'strikethrough', 'doubleunderline', 'black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'bgBlack', 'bgRed', 'bgGreen', 'bgYellow', 'bgBlue', 'bgMagenta', 'bgCyan', 'bgWhite', 'framed', 'overlined', 'gray', 'redBright', 'greenBright', 'yellowBright', 'blueBright', 'magentaBright', 'cyanBright', 'whiteBright', 'bgGray', 'bgRedBright', 'bgGreenBright', 'bgYellowBright', 'bgBlueBright', 'bgMagentaBright', 'bgCyanBright', 'bgWhiteBright'. Received 'nope'"],
  ["sysErr", () => [u.getSystemErrorName(-2), u.getSystemErrorName(-13), u.getSystemErrorName(-99999), u.getSystemErrorMap().get(-2).join()].join('|'),
    "ENOENT|EACCES|Unknown system error -99999|ENOENT,no such file or directory"],
  ["sysErrRange", () => { try { u.getSystemErrorName(1); } catch (e) { return e.code + e.message; } },
    "ERR_OUT_OF_RANGEThe value of \"err\" is out of range. It must be a negative integer. Received 1"],
  ["inherits", () => { function A() {} function B() {} u.inherits(A, B); return String(A.super_ === B) + (Object.getPrototypeOf(A.prototype) === B.prototype); },
    "truetrue"],
  ["inheritsErr", () => ['x', null].map(s => { try { u.inherits(function(){}, s === 'x' ? {} : s); } catch (e) { return e.code + e.message; } }).join('|'),
    "ERR_INVALID_ARG_TYPEThe \"superCtor.prototype\" property must be of type object. Received undefined|ERR_INVALID_ARG_TYPEThe \"superCtor\" argument must be of type function. Received null"],
  ["promisifyErr", () => { try { u.promisify(1); } catch (e) { return e.code + e.message; } },
    "ERR_INVALID_ARG_TYPEThe \"original\" argument must be of type function. Received type number (1)"],
  ["callbackifyErr", () => { try { u.callbackify(async () => 1)(1); } catch (e) { return e.code + e.message; } },
    "ERR_INVALID_ARG_TYPEThe last argument must be of type function. Received type number (1)"],
  ["cbnames", () => { const f = u.callbackify(async function foo(a) {}); return f.name + f.length; },
    "fooCallbackified2"],
  ["deprecateCode", () => { try { u.deprecate(() => {}, 'm', 5); } catch (e) { return e.code + e.message; } },
    "ERR_INVALID_ARG_TYPEThe \"code\" argument must be of type string. Received type number (5)"],
];

let failed = 0;
for (const [label, fn, expected] of cases) {
  let actual;
  try {
    const r = fn();
    actual = typeof r === 'string' ? r : u.inspect(r);
  } catch (e) {
    actual = 'THREW ' + (e && e.stack);
  }
  try {
    assert.strictEqual(actual, expected, label);
  } catch (e) {
    failed++;
    process.exitCode = 1;
    if (failed === 1) throw new Error(`case ${label}:\n actual:   ${JSON.stringify(actual)}\n expected: ${JSON.stringify(expected)}`);
  }
}
