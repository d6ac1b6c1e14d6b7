'use strict';
// node's v8 module on GraalJS: the serializer (V8's wire format, so buffers pass to and from real
// node), and the heap figures of the JVM the JS runs in, under V8's names: JS objects live in the
// Java heap (a collector's young pools are new_space, the rest old_space), compiled code in the
// code cache (code_space). V8's other spaces are listed with zeros, as node lists them.
// What has no JVM counterpart says so: heap snapshots and promise hooks throw
// ERR_METHOD_NOT_IMPLEMENTED; setFlagsFromString accepts a string and changes nothing (V8 flags
// mean nothing to GraalJS).

const {
  Serializer, Deserializer, DefaultSerializer, DefaultDeserializer, serialize, deserialize,
} = require('internal/v8/serdes');
const { validateString, validateUint32 } = require('internal/validators');
const { ERR_METHOD_NOT_IMPLEMENTED, ERR_NOT_BUILDING_SNAPSHOT } = require('internal/errors').codes;

const heap = internalBinding('heap_utils');

const kSpaceNames = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space', 'shared_large_object_space'];

function getHeapStatistics() {
  const [committed, code, available, used, limit, direct, directPeak, external] = heap.heapStatistics();
  return {
    total_heap_size: committed,
    total_heap_size_executable: code,
    total_physical_size: committed,
    total_available_size: available,
    used_heap_size: used,
    heap_size_limit: limit,
    malloced_memory: direct,
    peak_malloced_memory: directPeak,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: external,
  };
}

function getHeapSpaceStatistics() {
  const byName = new Map(kSpaceNames.map((name) => [name, [0, 0, 0]]));
  for (const [kind, committed, used, available] of heap.spaces()) {
    const sums = byName.get(`${kind}_space`);
    sums[0] += committed;
    sums[1] += used;
    sums[2] += available;
  }
  return kSpaceNames.map((name) => {
    const [committed, used, available] = byName.get(name);
    return {
      space_name: name,
      space_size: committed,
      space_used_size: used,
      space_available_size: available,
      physical_space_size: committed,
    };
  });
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: heap.codeUsed(),
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

// A tag for code caches: it changes with the engine, as V8's does with its version and flags.
let versionTag;
function cachedDataVersionTag() {
  if (versionTag === undefined) {
    const id = `${process.version} ${process.versions.v8} ${process.features.jnode_engine}`;
    let h = 2166136261;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    versionTag = h >>> 0;
  }
  return versionTag;
}

function notImplemented(name) {
  return function() { throw new ERR_METHOD_NOT_IMPLEMENTED(name); };
}

function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
}

const notBuildingSnapshot = () => { throw new ERR_NOT_BUILDING_SNAPSHOT(); };

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: notImplemented('v8.getHeapSnapshot()'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  // Coverage is collected only under NODE_V8_COVERAGE, which jnode does not support: as without it.
  takeCoverage() {},
  stopCoverage() {},
  serialize,
  writeHeapSnapshot: notImplemented('v8.writeHeapSnapshot()'),
  promiseHooks: {
    createHook: notImplemented('v8.promiseHooks.createHook()'),
    onInit: notImplemented('v8.promiseHooks.onInit()'),
    onBefore: notImplemented('v8.promiseHooks.onBefore()'),
    onAfter: notImplemented('v8.promiseHooks.onAfter()'),
    onSettled: notImplemented('v8.promiseHooks.onSettled()'),
  },
  startupSnapshot: {
    addSerializeCallback: notBuildingSnapshot,
    addDeserializeCallback: notBuildingSnapshot,
    setDeserializeMainFunction: notBuildingSnapshot,
    isBuildingSnapshot: () => false,
  },
  setHeapSnapshotNearHeapLimit,
};
