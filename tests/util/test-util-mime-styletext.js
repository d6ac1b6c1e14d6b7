'use strict';
// util.MIMEType / util.MIMEParams parsing, setters and serialisation; util.styleText formats and stream checks.
// Expected values and messages were produced by node v20.
const assert = require('assert');
const { MIMEType, MIMEParams, styleText } = require('util');
const { Writable } = require('stream');

function parsed(str) {
  const m = new MIMEType(str);
  return [m.type, m.subtype, m.essence, String(m), [...m.params]];
}
assert.deepStrictEqual(parsed('Text/HTML; Charset="utf-8"; a=b'),
                       ['text', 'html', 'text/html', 'text/html;charset=utf-8;a=b', [['charset', 'utf-8'], ['a', 'b']]]);
assert.deepStrictEqual(parsed('\r\n\ttext/html\t'), ['text', 'html', 'text/html', 'text/html', []]);
// Whitespace around '=' makes the name or value invalid, so the parameter is dropped.
assert.deepStrictEqual(parsed('  text/plain  ;  a = b ; c=d  ')[4], [['c', 'd']]);
assert.deepStrictEqual(parsed('text/plain;a="x\\"y\\\\z";b="unterminated'), ['text', 'plain', 'text/plain',
  'text/plain;a="x\\"y\\\\z";b=unterminated', [['a', 'x"y\\z'], ['b', 'unterminated']]]);
assert.deepStrictEqual(parsed('text/plain;a="x\\')[4], [['a', 'x\\']]);
assert.deepStrictEqual(parsed('text/plain;a=;b=c;;;=x;d')[4], [['b', 'c']]);
assert.deepStrictEqual(parsed('text/plain;a=1;A=2;a=3')[4], [['a', '1']]);
assert.deepStrictEqual(parsed('text/plain;a="";b=" "')[3], 'text/plain;a="";b=" "');
assert.deepStrictEqual(parsed('text/plain;a=\u0100;b=é')[3], 'text/plain;b="é"');
assert.deepStrictEqual(parsed('text/plain;a="x"junk;b=2')[4], [['a', 'x'], ['b', '2']]);
assert.deepStrictEqual(parsed('x/y;a="b;c";d=e')[3], 'x/y;a="b;c";d=e');
assert.deepStrictEqual(parsed('x/y;a=b c;d="e f"')[3], 'x/y;a="b c";d="e f"');
assert.strictEqual(String(new MIMEType({ toString() { return 'a/b;c=d'; } })), 'a/b;c=d');

const syntax = (production, str, at) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: `The MIME syntax for a ${production} in "${str}" is invalid${at === undefined ? '' : ` at ${at}`}`,
});
assert.throws(() => new MIMEType('/html'), syntax('type', '/html'));
assert.throws(() => new MIMEType('text'), syntax('type', 'text'));
assert.throws(() => new MIMEType('te xt/html'), syntax('type', 'te xt/html', 2));
assert.throws(() => new MIMEType('text/'), syntax('subtype', 'text/'));
assert.throws(() => new MIMEType('text/ht ml'), syntax('subtype', 'text/ht ml', 2));
assert.throws(() => new MIMEType('text/@'), syntax('subtype', 'text/@', 0));
assert.throws(() => new MIMEType(), syntax('type', 'undefined'));

const m = new MIMEType('text/plain;a=b');
m.type = 'APPLICATION';
m.subtype = 'JSON';
assert.strictEqual(m.essence, 'application/json');
assert.throws(() => { m.type = ''; }, syntax('type', ''));
assert.throws(() => { m.type = 'a/b'; }, syntax('type', 'a/b', 1));
assert.throws(() => { m.subtype = 'x;y'; }, syntax('subtype', 'x;y', 1));
m.params.set('c', 'd e');
m.params.set('C', 'x');
m.params.set('x', '');
m.params.set('q', '"\\');
assert.strictEqual(String(m), 'application/json;a=b;c="d e";C=x;x="";q="\\"\\\\"');
assert.strictEqual(m.params.get('q'), '"\\');
assert.strictEqual(m.params.get('nope'), null);
assert.strictEqual(m.params.has('C'), true);
assert.throws(() => m.params.set('', 'x'), syntax('parameter name', ''));
assert.throws(() => m.params.set('a b', 'x'), syntax('parameter name', 'a b', 1));
assert.throws(() => m.params.set('x', 'ā'), syntax('parameter value', 'ā', 0));
m.params.delete('c');
m.params.delete('C');
m.params.delete('nope');
assert.deepStrictEqual([...m.params.keys()], ['a', 'x', 'q']);
assert.deepStrictEqual([...m.params.values()], ['b', '', '"\\']);
assert.strictEqual(JSON.stringify({ m, p: m.params }), '{"m":"application/json;a=b;x=\\"\\";q=\\"\\\\\\"\\\\\\\\\\"","p":"a=b;x=\\"\\";q=\\"\\\\\\"\\\\\\\\\\""}');
const p = new MIMEParams();
p.set('a', 1);
assert.deepStrictEqual([...p], [['a', '1']]);
assert.strictEqual(MIMEParams.prototype[Symbol.iterator], MIMEParams.prototype.entries);
assert.throws(() => MIMEType.prototype.toString.call({}), TypeError);

// styleText: formats are util.inspect.colors keys; colour only when the stream would show it.
// The sink is not a TTY, so only FORCE_COLOR could colour it.
delete process.env.FORCE_COLOR;
const sink = new Writable({ write(chunk, encoding, cb) { cb(); } });
assert.strictEqual(styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
assert.strictEqual(styleText('red', 'x', { stream: sink }), 'x');
assert.strictEqual(styleText(['italic', 'underline'], 'a', { validateStream: false }), '\u001b[3m\u001b[4ma\u001b[24m\u001b[23m');
assert.strictEqual(styleText([], 'x'), 'x');
const formatError = (received) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: `The argument 'format' must be one of: ${Object.keys(require('util').inspect.colors).map((k) => `'${k}'`).join(', ')}. Received ${received}`,
});
assert.throws(() => styleText('nope', 'x'), formatError("'nope'"));
assert.throws(() => styleText(['red', 'toString'], 'x'), formatError("'toString'"));
assert.throws(() => styleText(null, 'x'), formatError('null'));
assert.throws(() => styleText('red', 5), { code: 'ERR_INVALID_ARG_TYPE', message: 'The "text" argument must be of type string. Received type number (5)' });
assert.throws(() => styleText('red', 'x', { validateStream: 'x' }),
              { code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.validateStream" property must be of type boolean. Received type string (\'x\')' });
assert.throws(() => styleText('red', 'x', { stream: { write() {} } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. Received an instance of Object',
});
