'use strict';
// Messages, codes and operators of failing asserts, as node 20 produces them (generated from node).
const assert = require('assert');

function check(name, fn, expected) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  if (err === undefined) throw new Error(name + ': did not throw');
  for (const key of Object.keys(expected)) {
    if (err[key] !== expected[key]) {
      throw new Error(name + ': ' + key + ' is ' + JSON.stringify(err[key]) + ', expected ' + JSON.stringify(expected[key]));
    }
  }
}

check("strictEqual-num", () => assert.strictEqual(1, 2),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n\n1 !== 2\n","operator":"strictEqual","generatedMessage":true});
check("strictEqual-str-caret", () => assert.strictEqual('hello world foo', 'hello world bar'),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n+ actual - expected\n\n+ 'hello world foo'\n- 'hello world bar'\n               ^","operator":"strictEqual","generatedMessage":true});
check("strictEqual-obj", () => assert.strictEqual({ a: 1 }, { a: 2 }),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" to be reference-equal to \"expected\":\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }","operator":"strictEqual","generatedMessage":true});
check("strictEqual-same-shape", () => assert.strictEqual({}, {}),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Values have same structure but are not reference-equal:\n\n{}\n","operator":"strictEqual","generatedMessage":true});
check("strictEqual-zero", () => assert.strictEqual(0, -0),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0","operator":"strictEqual","generatedMessage":true});
check("strictEqual-multiline", () => assert.strictEqual('a\nb\nc', 'a\nb\nd'),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n+ actual - expected\n\n+ 'a\\nb\\nc'\n- 'a\\nb\\nd'\n         ^","operator":"strictEqual","generatedMessage":true});
check("strictEqual-custom", () => assert.strictEqual(1, 2, 'custom'),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"custom\n\n1 !== 2\n","operator":"strictEqual","generatedMessage":false});
check("strictEqual-missing", () => assert.strictEqual(1),
  {"name":"TypeError","code":"ERR_MISSING_ARGS","message":"The \"actual\" and \"expected\" arguments must be specified"});
check("notStrictEqual", () => assert.notStrictEqual('abcdefg', 'abcdefg'),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" to be strictly unequal to:\n\n'abcdefg'","operator":"notStrictEqual","generatedMessage":true});
check("notStrictEqual-short", () => assert.notStrictEqual(1, 1),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" to be strictly unequal to: 1","operator":"notStrictEqual","generatedMessage":true});
check("deepStrictEqual-obj", () => assert.deepStrictEqual({ a: 1, b: 2, c: [1, 2, 3] }, { a: 1, b: 3, c: [1, 2, 4] }),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  {\n    a: 1,\n+   b: 2,\n-   b: 3,\n    c: [\n      1,\n      2,\n+     3\n-     4\n    ]\n  }","operator":"deepStrictEqual","generatedMessage":true});
check("deepStrictEqual-skip", () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n    1,\n...\n    8,\n    9,\n+   10\n-   11\n  ]","operator":"deepStrictEqual","generatedMessage":true});
check("deepStrictEqual-long", () => { assert.deepStrictEqual(Array.from({ length: 100 }, (_, i) => i), Array.from({ length: 100 }, (_, i) => -i)); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n  [\n+   0,\n+   1,\n+   2,\n+   3,\n+   4,\n+   5,\n+   6,\n+   7,\n+   8,\n+   9,\n+   10,\n+   11,\n+   12,\n+   13,\n+   14,\n+   15,\n+   16,\n+   17,\n+   18,\n+   19,\n+   20,\n+   21,\n+   22,\n+   23,\n+   24,\n...\n-   -0,\n-   -1,\n-   -2,\n-   -3,\n-   -4,\n-   -5,\n-   -6,\n-   -7,\n-   -8,\n-   -9,\n-   -10,\n-   -11,\n-   -12,\n-   -13,\n-   -14,\n-   -15,\n-   -16,\n-   -17,\n-   -18,\n-   -19,\n-   -20,\n-   -21,\n-   -22,\n-   -23,\n-   -24,\n...","operator":"deepStrictEqual","generatedMessage":true});
check("deepStrictEqual-proto", () => assert.deepStrictEqual(Object.create(null), {}),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ [Object: null prototype] {}\n- {}","operator":"deepStrictEqual","generatedMessage":true});
check("deepStrictEqual-symbol", () => assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() }),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Values have same structure but are not reference-equal:\n\n{\n  a: Symbol()\n}\n","operator":"deepStrictEqual","generatedMessage":true});
check("deepStrictEqual-shorter", () => assert.deepStrictEqual([1, 2, 3], [1, 2]),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [\n    1,\n    2,\n+   3\n  ]","operator":"deepStrictEqual","generatedMessage":true});
check("deepStrictEqual-map", () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Map(1) {\n+   1 => 2\n-   1 => 3\n  }","operator":"deepStrictEqual","generatedMessage":true});
check("deepEqual", () => assert.deepEqual([1, 2], [1, 3]),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be loosely deep-equal:\n\n[\n  1,\n  2\n]\n\nshould loosely deep-equal\n\n[\n  1,\n  3\n]","operator":"deepEqual","generatedMessage":true});
check("notDeepEqual", () => assert.notDeepEqual([1, 2], [1, 2]),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" not to be loosely deep-equal to:\n\n[\n  1,\n  2\n]","operator":"notDeepEqual","generatedMessage":true});
check("notDeepStrictEqual", () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected \"actual\" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n","operator":"notDeepStrictEqual","generatedMessage":true});
check("equal", () => assert.equal(1, 2),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"1 == 2","operator":"==","generatedMessage":true});
check("notEqual", () => assert.notEqual(1, 1),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"1 != 1","operator":"!=","generatedMessage":true});
check("ok-falsy", () => assert.ok(0),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"The expression evaluated to a falsy value:\n\n  assert.ok(0)\n","operator":"==","generatedMessage":true});
check("ok-expr", () => assert(typeof 1 === 'string'),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"The expression evaluated to a falsy value:\n\n  assert(typeof 1 === 'string')\n","operator":"==","generatedMessage":true});
check("ok-noarg", () => assert.ok(),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"No value argument passed to `assert.ok()`","operator":"==","generatedMessage":true});
check("ok-msg", () => assert.ok(false, 'custom'),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"custom","operator":"==","generatedMessage":false});
check("strict-equal", () => assert.strict.equal(1, '1'),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly equal:\n\n1 !== '1'\n","operator":"strictEqual","generatedMessage":true});
check("fail-default", () => assert.fail(),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Failed","operator":"fail","generatedMessage":true});
check("fail-msg", () => assert.fail('boom'),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"boom","operator":"fail","generatedMessage":false});
check("ifError", () => assert.ifError(new Error('e1')),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"ifError got unwanted exception: e1","operator":"ifError","generatedMessage":false});
check("ifError-str", () => assert.ifError('str'),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"ifError got unwanted exception: 'str'","operator":"ifError","generatedMessage":false});
check("match", () => assert.match('abc', /x/),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"The input did not match the regular expression /x/. Input:\n\n'abc'\n","operator":"match","generatedMessage":true});
check("match-type", () => assert.match(123, /x/),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"The \"string\" argument must be of type string. Received type number (123)","operator":"match","generatedMessage":true});
check("match-badregexp", () => assert.match('abc', 'x'),
  {"name":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"regexp\" argument must be an instance of RegExp. Received type string ('x')"});
check("doesNotMatch", () => assert.doesNotMatch('abc', /b/),
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n","operator":"doesNotMatch","generatedMessage":true});
check("throws-missing", () => { assert.throws(() => {}); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Missing expected exception.","operator":"throws","generatedMessage":false});
check("throws-missing-class", () => { assert.throws(() => {}, TypeError); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Missing expected exception (TypeError).","operator":"throws","generatedMessage":false});
check("throws-missing-msg", () => { assert.throws(() => {}, 'msg'); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Missing expected exception: msg","operator":"throws","generatedMessage":false});
check("throws-class", () => { assert.throws(() => { throw new TypeError('boom'); }, RangeError); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"The error is expected to be an instance of \"RangeError\". Received \"TypeError\"\n\nError message:\n\nboom","operator":"throws","generatedMessage":true});
check("throws-regexp", () => { assert.throws(() => { throw new Error('boom'); }, /bam/); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"The input did not match the regular expression /bam/. Input:\n\n'Error: boom'\n","operator":"throws","generatedMessage":true});
check("throws-object", () => { assert.throws(() => { const e = new TypeError('boom'); e.code = 'ERR_X'; throw e; }, { code: 'ERR_Y', name: 'TypeError', message: 'boom' }); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   code: 'ERR_X',\n-   code: 'ERR_Y',\n    message: 'boom',\n    name: 'TypeError'\n  }","operator":"throws","generatedMessage":true});
check("throws-object-regexp", () => { assert.throws(() => { throw new Error('boom'); }, { message: /xx/ }); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'boom'\n-   message: /xx/\n  }","operator":"throws","generatedMessage":true});
check("throws-empty-object", () => { assert.throws(() => { throw new Error('boom'); }, {}); },
  {"name":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"The argument 'error' may not be an empty object. Received {}"});
check("throws-ambiguous", () => { assert.throws(() => { throw new Error('boom'); }, 'boom'); },
  {"name":"TypeError","code":"ERR_AMBIGUOUS_ARGUMENT","message":"The \"error/message\" argument is ambiguous. The error message \"boom\" is identical to the message."});
check("throws-bad-error-arg", () => { assert.throws(() => { throw new Error('boom'); }, 1); },
  {"name":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"error\" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (1)"});
check("throws-not-fn", () => assert.throws('notfn'),
  {"name":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"fn\" argument must be of type function. Received type string ('notfn')"});
check("throws-validate-fn", () => { assert.throws(() => { throw new Error('boom'); }, function check() { return 1; }); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"The \"check\" validation function is expected to return \"true\". Received 1\n\nCaught error:\n\nError: boom","operator":"throws","generatedMessage":true});
check("throws-primitive", () => { assert.throws(() => { throw 'str'; }, { message: 'x' }); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ 'str'\n- {\n-   message: 'x'\n- }","operator":"throws","generatedMessage":true});
check("throws-error-instance", () => { assert.throws(() => { throw new Error('boom'); }, new Error('bam')); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'boom',\n-   message: 'bam',\n    name: 'Error'\n  }","operator":"throws","generatedMessage":true});
check("throws-custom-msg", () => { assert.throws(() => { throw new Error('boom'); }, { message: 'bam' }, 'custom msg'); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"custom msg","operator":"throws","generatedMessage":false});
check("doesNotThrow", () => { assert.doesNotThrow(() => { throw new Error('boom'); }); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Got unwanted exception.\nActual message: \"boom\"","operator":"doesNotThrow","generatedMessage":false});
check("doesNotThrow-msg", () => { assert.doesNotThrow(() => { throw new Error('boom'); }, 'msg'); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Got unwanted exception: msg\nActual message: \"boom\"","operator":"doesNotThrow","generatedMessage":false});
check("doesNotThrow-regexp", () => { assert.doesNotThrow(() => { throw new Error('boom'); }, /boom/); },
  {"name":"AssertionError","code":"ERR_ASSERTION","message":"Got unwanted exception.\nActual message: \"boom\"","operator":"doesNotThrow","generatedMessage":false});
check("doesNotThrow-badarg", () => { assert.doesNotThrow(() => { throw new Error('boom'); }, {}); },
  {"name":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"expected\" argument must be of type function or an instance of RegExp. Received an instance of Object"});

// AssertionError's shape.
const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.strictEqual(String(err), 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(err.name, 'AssertionError');
assert.deepStrictEqual(Object.keys(err), ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
assert.ok(err instanceof Error);
check('AssertionError-no-options', () => new assert.AssertionError(),
  { code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received undefined' });
assert.strictEqual(require('assert/strict'), assert.strict);
assert.strictEqual(assert.strict.strict, assert.strict);
assert.deepStrictEqual(Object.keys(assert), ["fail","AssertionError","ok","equal","notEqual","deepEqual","notDeepEqual","deepStrictEqual","notDeepStrictEqual","strictEqual","notStrictEqual","throws","rejects","doesNotThrow","doesNotReject","ifError","match","doesNotMatch","CallTracker","strict"]);
