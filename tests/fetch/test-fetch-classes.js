'use strict';
// Headers, Request, Response and FormData as node's have them: case-blind sorted headers with
// set-cookie kept apart, node's TypeErrors for bad names, values, statuses and methods, bodies
// from each kind of source (with the content type each implies), read once, and cloned.
const assert = require('assert');

(async () => {
  const h = new Headers({ 'Content-Type': 'text/plain', 'X-A': '1' });
  h.append('x-a', '2');
  h.append('Set-Cookie', 'a=1');
  h.append('set-cookie', 'b=2');
  assert.deepStrictEqual([...h], [['content-type', 'text/plain'], ['set-cookie', 'a=1'], ['set-cookie', 'b=2'], ['x-a', '1, 2']]);
  assert.strictEqual(h.get('X-A'), '1, 2');
  assert.strictEqual(h.get('nope'), null);
  assert.deepStrictEqual(h.getSetCookie(), ['a=1', 'b=2']);
  h.set('x-a', '  3\t');
  assert.strictEqual(h.get('x-a'), '3');
  h.delete('X-A');
  assert.strictEqual(h.has('x-a'), false);
  assert.strictEqual(Object.prototype.toString.call(h), '[object Headers]');
  assert.strictEqual(require('util').inspect(new Headers([['b', '2'], ['a', '1']])), "Headers { b: '2', a: '1' }"); // in the order given, as node shows them
  assert.throws(() => h.append('bad name', 'x'), { name: 'TypeError', message: 'Headers.append: "bad name" is an invalid header name.' });
  assert.throws(() => h.set('x', 'a\nb'), { name: 'TypeError', message: 'Headers.set: "a\nb" is an invalid header value.' });
  assert.throws(() => new Headers([['a']]), { name: 'TypeError', message: 'Headers constructor: expected name/value pair to be length 2, found 1.' });
  assert.throws(() => h.get(), { name: 'TypeError', message: 'Headers.get: 1 argument required, but 0 found.' });

  const r = new Response('hi', { status: 201, headers: { a: 'b' } });
  assert.deepStrictEqual([r.status, r.ok, r.statusText, r.type, r.url, r.redirected, r.bodyUsed], [201, true, '', 'default', '', false, false]);
  assert.strictEqual(r.headers.get('content-type'), 'text/plain;charset=UTF-8');
  const copy = r.clone();
  assert.strictEqual(await r.text(), 'hi');
  assert.strictEqual(r.bodyUsed, true);
  await assert.rejects(r.text(), { name: 'TypeError', message: 'Body is unusable: Body has already been read' });
  assert.throws(() => r.clone(), TypeError);
  assert.strictEqual(await copy.text(), 'hi');
  assert.throws(() => new Response('x', { status: 99 }), { name: 'RangeError', message: 'init["status"] must be in the range of 200 to 599, inclusive.' });
  assert.throws(() => new Response('x', { status: 204 }), { name: 'TypeError', message: 'Response constructor: Invalid response status code 204' });
  assert.strictEqual(Response.json({ a: 1 }).headers.get('content-type'), 'application/json');
  assert.deepStrictEqual(await Response.json({ a: 1 }).json(), { a: 1 });
  const moved = Response.redirect('http://x/', 301);
  assert.deepStrictEqual([moved.status, moved.headers.get('location')], [301, 'http://x/']);
  assert.throws(() => Response.redirect('http://x/', 200), RangeError);
  assert.strictEqual(Response.error().type, 'error');
  assert.strictEqual(Response.error().status, 0);

  // Body sources and the content type each implies.
  assert.deepStrictEqual(new Uint8Array(await new Response(new Uint8Array([104, 105])).arrayBuffer()), new Uint8Array([104, 105]));
  assert.strictEqual(new Response(new URLSearchParams('a=1')).headers.get('content-type'), 'application/x-www-form-urlencoded;charset=UTF-8');
  assert.strictEqual(new Response(new Blob(['x'], { type: 'text/x' })).headers.get('content-type'), 'text/x');
  assert.strictEqual(await new Response(new Blob(['blob text'])).text(), 'blob text');
  assert.strictEqual((await new Response('abc').blob()).size, 3);
  const streamed = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('s1')); c.close(); } }));
  assert.strictEqual(await streamed.text(), 's1');
  assert.strictEqual(new Response(null).body, null);
  assert.ok(new Response('x').body instanceof ReadableStream);

  // FormData: entries, files, and a round trip through multipart and urlencoded bodies.
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('f', new Blob(['xy'], { type: 'text/plain' }), 'n.txt');
  fd.set('a', '2');
  assert.deepStrictEqual(fd.getAll('a'), ['2']);
  assert.ok(fd.get('f') instanceof File);
  assert.strictEqual(fd.get('f').name, 'n.txt');
  const multipart = new Response(fd);
  assert.match(multipart.headers.get('content-type'), /^multipart\/form-data; boundary=/);
  const back = await multipart.formData();
  assert.strictEqual(back.get('a'), '2');
  assert.strictEqual(await back.get('f').text(), 'xy');
  assert.strictEqual(back.get('f').name, 'n.txt');
  const urlencoded = await new Response('a=1&b=%20', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  assert.deepStrictEqual([...urlencoded], [['a', '1'], ['b', ' ']]);
  await assert.rejects(new Response('x').formData(), TypeError);

  // Request.
  const q = new Request('http://a.b/c?d', { method: 'post', body: 'x' });
  assert.deepStrictEqual([q.method, q.url, q.headers.get('content-type'), q.redirect], ['POST', 'http://a.b/c?d', 'text/plain;charset=UTF-8', 'follow']);
  assert.ok(q.signal instanceof AbortSignal);
  assert.strictEqual(new Request('http://a.b/', { method: 'patch' }).method, 'patch'); // only the standard ones are upper-cased
  const again = new Request(q);
  assert.strictEqual(q.bodyUsed, true);
  assert.strictEqual(await again.text(), 'x');
  assert.throws(() => new Request('http://a.b/', { method: 'GET', body: 'x' }), { name: 'TypeError', message: 'Request with GET/HEAD method cannot have body.' });
  assert.throws(() => new Request('/rel'), (e) => e instanceof TypeError && e.message === 'Failed to parse URL from /rel' && e.cause.code === 'ERR_INVALID_URL');
  assert.throws(() => new Request('http://a.b/', { method: 'bad method' }), TypeError);
  assert.throws(() => new Request('http://a.b/', { method: 'CONNECT' }), TypeError);
  assert.throws(() => new Request('http://a.b/', { redirect: 'sometimes' }), TypeError);
  assert.throws(() => new Request('http://u:p@a.b/'), TypeError);
  console.log('ok');
})().catch((e) => { console.error(e); process.exit(1); });
