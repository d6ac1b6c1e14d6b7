'use strict';
// fetch() against a local http server: status, headers and body; a POST's body; redirects as
// each mode wants them (a 303 or a POST's 301 turns into a GET); a gzip body decoded; a body
// read as a stream; HEAD and 204 with no body; an abort before and during the response; and
// the errors node gives: TypeError('fetch failed') with its cause, a refused connection, an
// unknown scheme, a body read twice.
const assert = require('assert');
const http = require('http');
const zlib = require('zlib');

const seen = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    seen.push({ method: req.method, url: req.url, body, type: req.headers['content-type'], auth: req.headers.authorization });
    switch (req.url) {
      case '/json':
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.writeHead(200, 'Fine', { 'content-type': 'application/json', 'x-many': 'one' });
        res.end(JSON.stringify({ hello: 'world', echo: body }));
        break;
      case '/see-other': res.writeHead(303, { location: '/json' }); res.end(); break;
      case '/moved': res.writeHead(301, { location: '/json' }); res.end(); break;
      case '/temporary': res.writeHead(307, { location: '/json' }); res.end(); break;
      case '/loop': res.writeHead(302, { location: '/loop' }); res.end(); break;
      case '/gzip':
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync('x'.repeat(100000)));
        break;
      case '/stream':
        res.writeHead(200);
        res.write('first,');
        setTimeout(() => res.end('second'), 50);
        break;
      case '/empty': res.writeHead(204); res.end(); break;
      case '/slow': setTimeout(() => { res.writeHead(200); res.write('part'); }, 50); break;
      default: res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not here');
    }
  });
});

async function rejects(promise, check) {
  await assert.rejects(promise, check);
}

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    // GET: status, reason, headers (set-cookie kept apart), JSON body; a second read is refused.
    const r = await fetch(`${base}/json`);
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.statusText, 'Fine');
    assert.strictEqual(r.ok, true);
    assert.strictEqual(r.url, `${base}/json`);
    assert.strictEqual(r.redirected, false);
    assert.strictEqual(r.headers.get('x-many'), 'one');
    assert.deepStrictEqual(r.headers.getSetCookie(), ['a=1', 'b=2']);
    assert.throws(() => r.headers.set('x', 'y'), TypeError); // a fetched response's headers are immutable
    assert.deepStrictEqual(await r.json(), { hello: 'world', echo: '' });
    assert.strictEqual(r.bodyUsed, true);
    await rejects(r.text(), { name: 'TypeError', message: 'Body is unusable: Body has already been read' });
    assert.strictEqual(seen.at(-1).method, 'GET');

    // POST with a string body: its content type is implied.
    const p = await fetch(`${base}/json`, { method: 'post', body: 'abc', headers: { authorization: 'x' } });
    assert.strictEqual((await p.json()).echo, 'abc');
    assert.deepStrictEqual(seen.at(-1), { method: 'POST', url: '/json', body: 'abc', type: 'text/plain;charset=UTF-8', auth: 'x' });

    // Redirects: 303 becomes a GET without the body; 301 of a POST too; 307 keeps method and body.
    const o = await fetch(`${base}/see-other`, { method: 'PUT', body: 'zzz' });
    assert.strictEqual(o.redirected, true);
    assert.strictEqual(o.url, `${base}/json`);
    assert.strictEqual((await o.json()).echo, '');
    assert.strictEqual(seen.at(-1).method, 'GET');
    await (await fetch(`${base}/moved`, { method: 'POST', body: 'b' })).text();
    assert.strictEqual(seen.at(-1).method, 'GET');
    assert.strictEqual((await (await fetch(`${base}/temporary`, { method: 'POST', body: 'kept' })).json()).echo, 'kept');
    assert.strictEqual(seen.at(-1).method, 'POST');
    const manual = await fetch(`${base}/moved`, { redirect: 'manual' });
    assert.strictEqual(manual.status, 301);
    assert.strictEqual(manual.headers.get('location'), '/json');
    await rejects(fetch(`${base}/moved`, { redirect: 'error' }), { name: 'TypeError', message: 'fetch failed' });
    await rejects(fetch(`${base}/loop`), (e) => e.message === 'fetch failed' && /redirect count exceeded/.test(e.cause.message));

    // A gzip body is decoded; a streamed body comes in parts through body's reader.
    assert.strictEqual((await (await fetch(`${base}/gzip`)).text()), 'x'.repeat(100000));
    const s = await fetch(`${base}/stream`);
    let streamed = '';
    for await (const chunk of s.body) {
      assert.ok(chunk instanceof Uint8Array);
      streamed += Buffer.from(chunk).toString();
    }
    assert.strictEqual(streamed, 'first,second');

    // No body for HEAD or 204; a 404 is a response, not an error.
    const h = await fetch(`${base}/json`, { method: 'HEAD' });
    assert.strictEqual(h.body, null);
    assert.strictEqual(await h.text(), '');
    assert.strictEqual((await fetch(`${base}/empty`)).body, null);
    const missing = await fetch(`${base}/nothing`);
    assert.strictEqual(missing.status, 404);
    assert.strictEqual(missing.ok, false);
    assert.strictEqual(await missing.text(), 'not here');

    // Aborts: before the request, and while the body is still coming.
    const early = new AbortController();
    early.abort();
    await rejects(fetch(`${base}/json`, { signal: early.signal }), { name: 'AbortError' });
    const late = new AbortController();
    const slow = await fetch(`${base}/slow`, { signal: late.signal });
    const reading = slow.text();
    late.abort();
    await rejects(reading, { name: 'AbortError' });
    const timed = fetch(`${base}/slow`, { signal: AbortSignal.timeout(10) });
    await rejects(timed, { name: 'TimeoutError' });

    // Bad input.
    await rejects(fetch('/relative'), { name: 'TypeError', message: 'Failed to parse URL from /relative' });
    await rejects(fetch('ftp://127.0.0.1/'), (e) => e.message === 'fetch failed' && e.cause.message === 'unknown scheme');
    await rejects(fetch(`${base}/json`, { method: 'GET', body: 'x' }), { name: 'TypeError' });
    const closed = http.createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = closed.address().port;
    await new Promise((resolve) => closed.close(resolve));
    await rejects(fetch(`http://127.0.0.1:${deadPort}/`), (e) => e instanceof TypeError && e.message === 'fetch failed' && e.cause instanceof Error);

    // data: URLs need no server.
    const d = await fetch('data:text/plain;base64,aGVsbG8=');
    assert.strictEqual(d.headers.get('content-type'), 'text/plain');
    assert.strictEqual(await d.text(), 'hello');
    console.log('ok');
  } finally {
    server.close();
    server.closeAllConnections();
  }
});
