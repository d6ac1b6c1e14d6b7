'use strict';
const assert = require('assert');

const e = new DOMException('m', 'AbortError');
assert.strictEqual(e.code, 20);
assert.strictEqual(e.name, 'AbortError');
assert.strictEqual(e.message, 'm');
assert.ok(e instanceof Error);
assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
assert.strictEqual(String(e), 'AbortError: m');
assert.strictEqual(new DOMException().name, 'Error');
assert.strictEqual(new DOMException('x', 'Whatever').code, 0);
const withCause = new DOMException('x', { name: 'DataCloneError', cause: 1 });
assert.strictEqual(withCause.code, 25);
assert.strictEqual(withCause.cause, 1);
assert.strictEqual(DOMException.DATA_CLONE_ERR, 25);
assert.strictEqual(DOMException.prototype.TIMEOUT_ERR, 23);
assert.deepStrictEqual(Object.keys(e), []);
assert.throws(() => DOMException.prototype.name, { code: 'ERR_INVALID_THIS', name: 'TypeError' });
