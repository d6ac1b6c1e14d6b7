'use strict';
// Deep equality in loose and strict mode over many value kinds (expectations from node 20).
const assert = require('assert');

function result(fn) {
  try {
    fn();
    return 1;
  } catch (e) {
    if (e.code !== 'ERR_ASSERTION') throw e;
    return 0;
  }
}

const circA = { x: 1 }; circA.self = circA; const circB = { x: 1 }; circB.self = circB;
const circC = { x: 1 }; circC.self = { x: 1, self: circC };
const s1 = Symbol('s');
const hole = [1, , 3]; const undef = [1, undefined, 3];
const e1 = new Error('a'); const e2 = new Error('a'); const e3 = new TypeError('a');
const e4 = new Error('a'); e4.code = 'X';
const r1 = /a/g; const r2 = /a/g; r2.lastIndex = 3;
const arrProp = [1, 2]; arrProp.foo = 1;
class Foo {} ; const nonEnum = {}; Object.defineProperty(nonEnum, 'x', { value: 1 });
const cases = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [null, undefined], [{}, []], [[], {}], [{ a: 1 }, { a: '1' }],
  [[1, 2], [1, 2]], [[1, 2], [2, 1]], [new Date(0), new Date(0)], [new Date(0), new Date(1)],
  [/a/g, /a/g], [/a/g, /a/i], [r1, r2], [e1, e2], [e1, e3], [e1, e4],
  [new Map([[1, 2]]), new Map([[1, 2]])], [new Map([[1, 2]]), new Map([[1, '2']])], [new Map([['1', 2]]), new Map([[1, 2]])],
  [new Map([[{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2]])], [new Map([[{ a: 1 }, 2]]), new Map([[{ a: 2 }, 2]])],
  [new Set([1, 2]), new Set([2, 1])], [new Set([{ a: 1 }]), new Set([{ a: 1 }])], [new Set(['1']), new Set([1])],
  [new Set([null]), new Set([undefined])], [new Set([NaN]), new Set([NaN])],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Int8Array([1, 2])],
  [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])],
  [Buffer.from('ab'), new Uint8Array([97, 98])], [new ArrayBuffer(2), new ArrayBuffer(2)], [new ArrayBuffer(2), new ArrayBuffer(3)],
  [new Number(1), new Number(1)], [new Number(1), new Number(2)], [new String('a'), new String('a')], [new String('a'), 'a'],
  [Object(s1), Object(s1)], [new Number(0), new Number(-0)], [new Boolean(true), new Boolean(false)],
  [circA, circB], [circA, circC], [{ [s1]: 1 }, { [s1]: 1 }], [{ [s1]: 1 }, { [s1]: 2 }], [{ [s1]: 1 }, {}],
  [hole, undef], [hole, [1, , 3]], [arrProp, [1, 2]], [new Foo(), {}], [Object.create(null), {}], [nonEnum, {}],
  [function () {}, function () {}], [[1, [2, [3]]], [1, [2, [3]]]], [{ a: [1, { b: 2 }] }, { a: [1, { b: '2' }] }],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], [new WeakMap(), new WeakMap()], [Promise.resolve(), Promise.resolve()],
  [1n, 1n], [1n, 1], [new Set([1, '1']), new Set([1, '1'])], [new Set([1, 2]), new Set(['1', 2])],
  [new Map([[null, 1]]), new Map([[undefined, 1]])], [[0], [-0]], [{ a: NaN }, { a: NaN }],
  [new Set([[1]]), new Set([[1]])], [new Set([[1], [1]]), new Set([[1], [2]])],
  [Object.assign(Object.create({ x: 1 }), { y: 1 }), { y: 1 }], [new Date('x'), new Date('y')],
  [{ length: 0 }, []], [arguments1(), [1]], [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
];
function arguments1() { return arguments; }

const expected = ["1111","0101","1111","0101","0101","0000","0000","0101","1111","0000","1111","0000","1111","0000","0000","1111","0000","0000","1111","0101","0101","1111","0000","1111","1111","0101","0101","1111","1111","0000","0101","1010","0101","1111","0000","1111","0000","1111","0000","1111","0000","0000","1111","1111","1111","0101","0101","0000","1111","0000","0101","0101","1111","0000","1111","0101","1111","1111","1111","1111","0101","1111","0101","0101","0101","1111","1111","0000","0101","0000","0000","0000","1111"];
cases.forEach(([a, b], i) => {
  const got = [
    result(() => assert.deepStrictEqual(a, b)), result(() => assert.deepEqual(a, b)),
    result(() => assert.deepStrictEqual(b, a)), result(() => assert.deepEqual(b, a)),
  ].join('');
  if (got !== expected[i]) throw new Error(`case ${i}: got ${got}, expected ${expected[i]}`);
  const notGot = [
    1 - result(() => assert.notDeepStrictEqual(a, b)), 1 - result(() => assert.notDeepEqual(a, b)),
  ].join('');
  if (notGot !== expected[i].slice(0, 2)) throw new Error(`case ${i} (not): got ${notGot}`);
});

// Cycles are compared coinductively.
{
  const A = { x: 1 }; A.self = A;
  const C = { x: 1 }; C.self = { x: 1, self: C };
  assert.deepStrictEqual(A, C);
  const C2 = { x: 1 }; C2.self = { x: 2, self: C2 };
  assert.notDeepStrictEqual(A, C2);
  const M = { a: {} }; M.a.a = M; const N = { a: {} }; N.a.a = N.a;
  assert.deepStrictEqual(M, N);
}
