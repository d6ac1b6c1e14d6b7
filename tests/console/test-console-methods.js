// Console over a custom stream: log/info/debug/dirxml to stdout, warn/error to stderr, dir,
// group indentation, count, assert, trace, and method binding. Expectations from node v20.
const assert = require('assert');
const { Console } = require('console');

const EventEmitter = require('events');

// node's Console adds and removes a no-op 'error' listener around each write.
function sink() {
  const s = Object.assign(new EventEmitter(), { data: '', write(chunk) { s.data += chunk; return true; } });
  return s;
}

const out = sink();
const err = sink();
const c = new Console(out, err);

c.log('hello %s', 'world', { a: 1 });
c.info('i');
c.debug('d');
c.dirxml(1, 2);
c.error('e %d', 5);
c.warn('w');
assert.strictEqual(out.data, "hello world { a: 1 }\ni\nd\n1 2\n");
assert.strictEqual(err.data, 'e 5\nw\n');

out.data = '';
err.data = '';
c.group('G');
c.log('in\nline2');
c.group();
c.warn('deeper');
c.groupEnd();
c.groupEnd();
c.log('out');
assert.strictEqual(out.data, 'G\n  in\n  line2\nout\n');
assert.strictEqual(err.data, '    deeper\n');

out.data = '';
err.data = '';
c.assert(true, 'no');
c.assert(false);
c.assert(false, 'msg %s', 'x');
c.assert(false, { a: 1 });
assert.strictEqual(err.data, 'Assertion failed\nAssertion failed: msg x\nAssertion failed: [object Object]\n');

out.data = '';
c.count();
c.count();
c.count('x');
c.countReset();
c.count();
c.count(null);
assert.strictEqual(out.data, 'default: 1\ndefault: 2\nx: 1\ndefault: 1\nnull: 1\n');

out.data = '';
c.dir({ a: { b: { c: { d: 1 } } }, [require('util').inspect.custom]() { return 'CUSTOM'; } }, { depth: 0 });
assert.strictEqual(out.data,
  '{\n  a: [Object],\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}\n');

out.data = '';
c.dir({ a: 1, b: 'x' });
assert.strictEqual(out.data, "{ a: 1, b: 'x' }\n");

err.data = '';
c.trace('tr %d', 1);
assert.match(err.data, /^Trace: tr 1\n {4}at /);

// Methods are bound and named.
out.data = '';
const { log, groupCollapsed } = c;
log('bound');
assert.strictEqual(out.data, 'bound\n');
assert.strictEqual(log.name, 'log');
assert.strictEqual(groupCollapsed.name, 'groupCollapsed');
assert.deepStrictEqual(Object.keys(c), ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert',
  'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed']);
assert.strictEqual(Object.prototype.toString.call(c), '[object console]');

// Callable without new; groupIndentation; stderr defaults to stdout.
const o2 = sink();
const c2 = Console({ stdout: o2, groupIndentation: 4 });
c2.group();
c2.log('x');
c2.error('y');
assert.strictEqual(o2.data, '    x\n    y\n');

// Instances and the global console pass instanceof.
assert.ok(c instanceof Console);
assert.ok(!({} instanceof Console));
assert.ok(require('console') instanceof Console);
assert.strictEqual(require('console').Console, Console);

// Colors follow colorMode / inspectOptions.
const o3 = sink();
new Console({ stdout: o3, colorMode: true }).log({ a: 1 }, 'str');
assert.strictEqual(o3.data, '{ a: \u001b[33m1\u001b[39m } str\n');
const o4 = sink();
new Console({ stdout: o4, inspectOptions: { depth: 0, breakLength: 10 } }).log({ a: { b: 1 }, c: 2 });
assert.strictEqual(o4.data, '{\n  a: [Object],\n  c: 2\n}\n');

// Write errors are swallowed unless ignoreErrors is false.
const bad = Object.assign(new EventEmitter(), { write() { throw new Error('broken'); } });
new Console(bad).log('x');
assert.throws(() => new Console({ stdout: bad, ignoreErrors: false }).log('x'), /broken/);
