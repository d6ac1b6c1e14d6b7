'use strict';
// Every built-in node lists loads, with and without the node: scheme, except the ones jnode does
// not have yet (named here, so one that stops loading, or starts, is noticed), and the inspector
// and trace_events, which throw as they do in a node built without them. A module that throws
// while loading throws again on the next require.
require('../common');
const assert = require('assert');
const { builtinModules } = require('module');

const isJnode = process.features.jnode_engine !== undefined;
const missing = isJnode ? ['_stream_wrap', 'http2', 'wasi'] : [];
const unavailable = isJnode ? {
  'inspector': ['ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available'],
  'inspector/promises': ['ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available'],
  'trace_events': ['ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable'],
} : {};

const notLoaded = [];
for (const id of builtinModules) {
  for (const name of [id, `node:${id}`]) {
    try {
      const m = require(name);
      assert.ok(m !== null && m !== undefined, name);
    } catch (err) {
      if (unavailable[id]) {
        assert.deepStrictEqual([err.code, err.message], unavailable[id]);
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
