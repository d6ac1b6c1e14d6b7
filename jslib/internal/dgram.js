'use strict';
// dgram's internals that cluster and child_process share with it (node's lib/internal/dgram.js):
// the socket state key, UDP handles per socket type, and the primary's bound handle for a worker.

const { UDP } = require('internal/dgram/udp');
const { codes: { ERR_SOCKET_BAD_TYPE } } = require('internal/errors');
const { isInt32, validateFunction } = require('internal/validators');

const kStateSymbol = Symbol('state symbol');

function lookup4(lookup, address, callback) {
  return lookup(address || '127.0.0.1', 4, callback);
}

function lookup6(lookup, address, callback) {
  return lookup(address || '::1', 6, callback);
}

/** A UDP handle for 'udp4' or 'udp6', its bind/connect/lookup fixed to that family. */
function newHandle(type, lookup) {
  if (lookup === undefined) lookup = require('dns').lookup;
  else validateFunction(lookup, 'lookup');
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
  const handle = new UDP();
  if (type === 'udp4') {
    handle.lookup = lookup4.bind(handle, lookup);
  } else {
    handle.lookup = lookup6.bind(handle, lookup);
    handle.bind = handle.bind6;
    handle.connect = handle.connect6;
  }
  return handle;
}

/** For cluster's primary: a bound UDP handle for a worker's shared socket, or -errno. */
function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err;
  if (isInt32(fd) && fd > 0) {
    err = handle.open(fd);
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

module.exports = { kStateSymbol, newHandle, _createSocketHandle };
