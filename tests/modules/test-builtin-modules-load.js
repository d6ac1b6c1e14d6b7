'use strict';
// Every built-in node lists loads, with and without the node: scheme, except the ones jnode does
// not have yet (named here, so one that stops loading, or starts, is noticed), and the inspector,
// which throws as it does in a node built without one. A module that throws while loading throws
// again on the next require.
require('../common');
const assert = require('assert');
const { builtinModules } = require('module');

const isJnode = process.features.jnode_engine !== undefined;
const missing = isJnode ? ['_stream_wrap', 'http2', 'trace_events', 'wasi'] : [];
const noInspector = isJnode ? ['inspector', 'inspector/promises'] : [];

const notLoaded = [];
for (const id of builtinModules) {
  for (const name of [id, `node:${id}`]) {
    try {
      const m = require(name);
      assert.ok(m !== null && m !== undefined, name);
    } catch (err) {
      if (noInspector.includes(id)) {
        assert.strictEqual(err.code, 'ERR_INSPECTOR_NOT_AVAILABLE');
        assert.strictEqual(err.message, 'Inspector is not available');
      } else {
        if (name === id) notLoaded.push(id);
        assert.ok(missing.includes(id), `${name}: ${err.stack}`);
      }
    }
  }
}
assert.deepStrictEqual(notLoaded.sort(), missing);

// The node: scheme gives the same module object.
assert.strictEqual(require('node:v8'), require('v8'));
assert.strictEqual(require('node:stream/consumers'), require('stream/consumers'));
