'use strict';
// The v8 module's heap figures, with node's keys and sane values (the JVM's heap under V8's
// names), and its calls that have no meaning here failing or doing nothing the way node's do.
require('../common');
const assert = require('assert');
const v8 = require('v8');

const keys = ['total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
  'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
  'used_global_handles_size', 'external_memory'];
const stats = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(stats), keys);
for (const k of keys) assert.ok(Number.isFinite(stats[k]) && stats[k] >= 0, k);
assert.ok(stats.used_heap_size > 0);
assert.ok(stats.used_heap_size <= stats.total_heap_size);
assert.ok(stats.total_heap_size <= stats.heap_size_limit);
assert.ok(stats.total_heap_size_executable > 0, 'compiled code has a size');

// Live objects show up in the heap's use.
const before = v8.getHeapStatistics().used_heap_size;
const keep = Array.from({ length: 200000 }, (_, i) => ({ i }));
assert.ok(v8.getHeapStatistics().used_heap_size > before);
assert.strictEqual(keep.length, 200000);

const spaces = v8.getHeapSpaceStatistics();
assert.deepStrictEqual(spaces.map((s) => s.space_name), ['read_only_space', 'new_space', 'old_space',
  'code_space', 'shared_space', 'new_large_object_space', 'large_object_space', 'code_large_object_space',
  'shared_large_object_space']);
for (const s of spaces) {
  assert.deepStrictEqual(Object.keys(s), ['space_name', 'space_size', 'space_used_size', 'space_available_size',
    'physical_space_size']);
  assert.ok(s.space_used_size <= s.space_size, s.space_name);
}
const used = (name) => spaces.find((s) => s.space_name === name).space_used_size;
assert.ok(used('new_space') + used('old_space') > 0);
assert.ok(used('code_space') > 0);

const code = v8.getHeapCodeStatistics();
assert.deepStrictEqual(Object.keys(code), ['code_and_metadata_size', 'bytecode_and_metadata_size',
  'external_script_source_size', 'cpu_profiler_metadata_size']);
assert.ok(code.code_and_metadata_size > 0);

const tag = v8.cachedDataVersionTag();
assert.ok(Number.isInteger(tag) && tag >= 0 && tag <= 0xffffffff);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

assert.strictEqual(v8.setFlagsFromString('--expose-gc'), undefined);
assert.throws(() => v8.setFlagsFromString(1), { code: 'ERR_INVALID_ARG_TYPE', message: /The "flags" argument must be of type string/ });
assert.strictEqual(v8.setHeapSnapshotNearHeapLimit(5), undefined);
assert.throws(() => v8.setHeapSnapshotNearHeapLimit(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => v8.setHeapSnapshotNearHeapLimit(0), { code: 'ERR_OUT_OF_RANGE' });

assert.ok(!v8.startupSnapshot.isBuildingSnapshot()); // node 20 says 0, its docs a boolean
assert.throws(() => v8.startupSnapshot.addSerializeCallback(() => {}), {
  code: 'ERR_NOT_BUILDING_SNAPSHOT', message: 'Operation cannot be invoked when not building startup snapshot',
});
assert.strictEqual(v8.takeCoverage(), undefined);
assert.strictEqual(v8.stopCoverage(), undefined);
if (process.features.jnode_engine !== undefined) {
  // No V8 heap to snapshot, no promise hooks in GraalJS: said, not faked.
  assert.throws(() => v8.getHeapSnapshot(), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
  assert.throws(() => v8.writeHeapSnapshot(), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
  assert.throws(() => v8.promiseHooks.onInit(() => {}), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
}
