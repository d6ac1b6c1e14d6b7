'use strict';
// createReadStream/createWriteStream: start/end, events, write after end, destroy, bad input.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');
const { mustCall, mustNotCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fs-'));
const f = path.join(dir, 'in.txt');
fs.writeFileSync(f, '0123456789abcdef');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

// start/end are inclusive; events come in node's order
{
  const events = [];
  const rs = fs.createReadStream(f, { start: 2, end: 5, encoding: 'utf8', highWaterMark: 2 });
  assert.strictEqual(rs.pending, true);
  assert.strictEqual(rs.bytesRead, 0); // +0, not -0 (strictEqual is Object.is)
  assert.strictEqual(rs.path, f);
  rs.on('open', mustCall((fd) => { events.push('open'); assert.strictEqual(typeof fd, 'number'); }));
  rs.on('ready', mustCall(() => events.push('ready')));
  let data = '';
  rs.on('data', (d) => { data += d; events.push('data'); });
  rs.on('end', mustCall(() => events.push('end')));
  rs.on('close', mustCall(() => {
    assert.strictEqual(data, '2345');
    assert.deepStrictEqual(events, ['open', 'ready', 'data', 'data', 'end']);
    assert.strictEqual(rs.bytesRead, 4);
    assert.strictEqual(rs.destroyed, true);
  }));
}

// start past the end: no data, just end
{
  const rs = fs.createReadStream(f, { start: 100 });
  rs.on('data', mustNotCall());
  rs.on('end', mustCall());
}

// bad start/end
assert.throws(() => fs.createReadStream(f, { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});
assert.throws(() => fs.createReadStream(f, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(f, { start: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

// a missing file: 'error' then 'close', no 'open'
{
  const missing = path.join(dir, 'missing');
  const rs = fs.createReadStream(missing);
  rs.on('open', mustNotCall());
  rs.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
    assert.strictEqual(err.path, missing);
  }));
  rs.on('close', mustCall());
}

// a destroyed stream closes its fd and emits close, not end
{
  const rs = fs.createReadStream(f);
  rs.on('open', mustCall(() => rs.destroy()));
  rs.on('end', mustNotCall());
  rs.on('close', mustCall(() => assert.strictEqual(rs.fd, null)));
}

// writing: flags, start, bytesWritten, write after end
{
  const out = path.join(dir, 'out.txt');
  fs.writeFileSync(out, 'xxxxxxxx');
  const ws = fs.createWriteStream(out, { flags: 'r+', start: 2 });
  ws.on('open', mustCall());
  ws.on('ready', mustCall());
  ws.write('ab');
  ws.end(Buffer.from('cd'), mustCall(() => {
    assert.strictEqual(ws.bytesWritten, 4);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'xxabcdxx');
    ws.write('late', mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
  }));
  ws.on('error', mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END')));
  ws.on('close', mustCall());
}

// write after destroy
{
  const ws = fs.createWriteStream(path.join(dir, 'd.txt'));
  ws.destroy();
  ws.write('x', mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
  ws.on('close', mustCall());
}

// an fd given by the caller, autoClose: false leaves it open
{
  const fd = fs.openSync(f, 'r');
  const rs = fs.createReadStream(null, { fd, autoClose: false, encoding: 'utf8' });
  let got = '';
  rs.on('data', (d) => { got += d; });
  rs.on('end', mustCall(() => {
    assert.strictEqual(got, '0123456789abcdef');
    setImmediate(mustCall(() => {
      assert.strictEqual(fs.fstatSync(fd).size, 16); // still open
      fs.closeSync(fd);
    }));
  }));
}

// pipe a file through to another
{
  const big = path.join(dir, 'big.bin');
  const copy = path.join(dir, 'copy.bin');
  const payload = Buffer.alloc(300000, 'q');
  fs.writeFileSync(big, payload);
  fs.createReadStream(big).pipe(fs.createWriteStream(copy)).on('finish', mustCall(() => {
    assert.ok(fs.readFileSync(copy).equals(payload));
  }));
}
