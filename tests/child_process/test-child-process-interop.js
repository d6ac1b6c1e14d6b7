'use strict';
// jnode and node as parent and child of each other: JSON and advanced messages, and a passed
// server that the child serves on. Under jnode the other side is node; under node it is jnode.
const common = require('../common');
const assert = require('assert');
const { execFile } = require('child_process');
const path = require('path');

const jnode = process.env.JNODE || path.resolve(__dirname, '../../jnode');
const other = process.versions.jnode ? 'node' : jnode;
const parent = path.join(__dirname, 'fixtures', 'interop-parent.js');

function check(stdout) {
  assert.deepStrictEqual(JSON.parse(stdout), {
    jsonExit: 0, json: { a: [1] }, advancedExit: 0, advanced: [true, 'x'],
    serverType: 'Server', served: true, handleExit: 0,
  });
}

// This runtime as the parent, the other as the child.
execFile(process.execPath, [parent, other], { timeout: 120000 }, common.mustSucceed(check));
// The other as the parent, this runtime as the child.
execFile(other, [parent, process.execPath], { timeout: 120000 }, common.mustSucceed(check));
