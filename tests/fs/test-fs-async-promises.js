'use strict';
// Callback and promise forms: results, errors, ordering (callbacks never run synchronously).
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');
const { mustCall, mustSucceed } = require('../common');

assert.strictEqual(fs.promises, fsp);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-fs-'));
const f = path.join(dir, 'a.txt');
const missing = path.join(dir, 'missing');

let sync = true;
fs.writeFile(f, 'hello async', mustSucceed(() => {
  assert.strictEqual(sync, false);
  fs.readFile(f, 'utf8', mustSucceed((data) => {
    assert.strictEqual(data, 'hello async');
    fs.stat(f, mustSucceed((st) => {
      assert.strictEqual(st.size, 11);
      assert.ok(st.isFile());
      fs.stat(f, { bigint: true }, mustSucceed((bst) => {
        assert.strictEqual(bst.size, 11n);
        // Only after both stats: an append that raced them made one of them see 12 bytes.
        fs.appendFile(f, '!', mustSucceed(() => {
          assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello async!');
        }));
      }));
    }));
    fs.open(f, 'r', mustSucceed((fd) => {
      const buf = Buffer.alloc(5);
      fs.read(fd, buf, 0, 5, 6, mustSucceed((n, b) => {
        assert.strictEqual(n, 5);
        assert.strictEqual(b, buf);
        assert.strictEqual(buf.toString(), 'async');
        fs.read(fd, Buffer.alloc(4), 0, 4, 100, mustSucceed((n2) => {
          assert.strictEqual(n2, 0); // past the end
          fs.close(fd, mustSucceed());
        }));
      }));
    }));
  }));
}));
sync = false;

fs.readFile(missing, mustCall((err, data) => {
  assert.strictEqual(data, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
}));
fs.mkdir(dir, mustCall((err) => assert.strictEqual(err.code, 'EEXIST')));
fs.readdir(missing, mustCall((err) => assert.strictEqual(err.syscall, 'scandir')));
fs.access(missing, mustCall((err) => assert.strictEqual(err.syscall, 'access')));
fs.exists(dir, mustCall((e) => assert.strictEqual(e, true)));
assert.throws(() => fs.readFile(f), { code: 'ERR_INVALID_ARG_TYPE', message: /The "cb" argument must be of type function/ });
assert.throws(() => fs.stat(f, 5), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  await fsp.writeFile(path.join(dir, 'p.txt'), 'promised');
  assert.strictEqual(await fsp.readFile(path.join(dir, 'p.txt'), 'utf8'), 'promised');
  await assert.rejects(fsp.readFile(missing), { code: 'ENOENT', syscall: 'open', path: missing });
  await assert.rejects(fsp.rmdir(dir), { code: 'ENOTEMPTY', syscall: 'rmdir' });
  const fh = await fsp.open(path.join(dir, 'p.txt'), 'r+');
  assert.strictEqual(typeof fh.fd, 'number');
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(3), 0, 3, 0);
  assert.strictEqual(bytesRead, 3);
  assert.strictEqual(buffer.toString(), 'pro');
  await fh.write('P', 0);
  assert.strictEqual((await fh.stat()).size, 8);
  assert.strictEqual(await fh.readFile('utf8'), 'Promised'); // positioned reads leave the position at 0
  await fh.truncate(3);
  await fh.close();
  assert.strictEqual(fh.fd, -1);
  assert.strictEqual(fs.readFileSync(path.join(dir, 'p.txt'), 'utf8'), 'Pro');
  await fsp.mkdir(path.join(dir, 'x', 'y'), { recursive: true });
  assert.deepStrictEqual(await fsp.readdir(path.join(dir, 'x')), ['y']);
  const d = await fsp.opendir(path.join(dir, 'x'));
  const seen = [];
  for await (const e of d) seen.push(e.name);
  assert.deepStrictEqual(seen, ['y']);
  await fsp.copyFile(path.join(dir, 'p.txt'), path.join(dir, 'q.txt'));
  assert.strictEqual((await fsp.stat(path.join(dir, 'q.txt'))).size, 3);
  await fsp.rm(path.join(dir, 'x'), { recursive: true });
  await assert.rejects(fsp.access(path.join(dir, 'x')), { code: 'ENOENT' });
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(fsp.readFile(f, { signal: ac.signal }), { name: 'AbortError' });
})().then(mustCall(() => {
  setTimeout(() => fs.rmSync(dir, { recursive: true, force: true }), 50);
}));
