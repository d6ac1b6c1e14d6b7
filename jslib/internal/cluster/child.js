'use strict';
// The worker's half of cluster: announces itself online, asks the primary for every server
// handle it listens on (net's listenInCluster calls _getServer), takes the connections the
// primary hands over (SCHED_RR) and closes its servers before leaving on disconnect.

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');

const cluster = new EventEmitter();
// key -> the handle a server in this process listens on.
const handles = new Map();
// Servers with the same address/port/fd in one worker are told apart by an index.
const indexes = new Map();
const kNoFailure = 0;
let ownerSymbol;

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

module.exports = cluster;

cluster._setupWorker = function _setupWorker() {
  const worker = new Worker({
    id: +process.env.NODE_UNIQUE_ID | 0,
    process,
    state: 'online',
  });
  cluster.worker = worker;

  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away without asking us to: nothing left to work for.
    if (!worker.exitedAfterDisconnect) process.exit(kNoFailure);
  });

  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });

  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') _disconnect.call(worker, true);
  }
};

// obj is a net.Server; options { address, port, addressType, fd, flags, backlog, ... }.
// cb(errno, handle) gets a handle for obj to listen on.
cluster._getServer = function _getServer(obj, options, cb) {
  let address = options.address;
  // Pipe paths resolve against this worker's cwd, not the primary's.
  if (options.port < 0 && typeof address === 'string') address = require('path').resolve(address);

  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.set.add(index);

  const message = { act: 'queryServer', index, data: null, ...options };
  message.address = address;
  if (typeof obj._getServerData === 'function') message.data = obj._getServerData();

  send(message, (reply, handle) => {
    if (typeof obj._setServerData === 'function') obj._setServerData(reply.data);
    if (handle) shared(reply, { handle, indexesKey, index }, cb);
    else rr(reply, { indexesKey, index }, cb);
  });

  obj.once('listening', () => {
    if (cluster.worker) cluster.worker.state = 'listening';
    const addr = obj.address();
    message.act = 'listening';
    message.port = (addr && addr.port) || options.port;
    send(message);
  });
};

function removeIndexesKey(indexesKey, index) {
  const indexSet = indexes.get(indexesKey);
  if (!indexSet) return;
  indexSet.set.delete(index);
  if (indexSet.set.size === 0) indexes.delete(indexesKey);
}

// SCHED_NONE: a real listening handle; closing it also tells the primary.
function shared(message, { handle, indexesKey, index }, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function closeShared(...args) {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return close.apply(handle, args);
  };
  handles.set(key, handle);
  cb(message.errno, handle);
}

// SCHED_RR: a stand-in handle. The primary accepts; connections arrive as 'newconn'.
function rr(message, { indexesKey, index }, cb) {
  if (message.errno) {
    removeIndexesKey(indexesKey, index);
    return cb(message.errno, null);
  }
  let key = message.key;
  // Something must keep the worker alive while it "listens": a timer that never fires.
  let keepAlive = null;

  function ref() {
    keepAlive ??= setInterval(noop, 2 ** 31 - 1);
  }

  function unref() {
    if (keepAlive) clearInterval(keepAlive);
    keepAlive = null;
  }

  function listen() {
    return 0;
  }

  function close(cb) {
    // Closed twice (a server closed after disconnect): tell the primary only once.
    if (key === undefined) {
      if (typeof cb === 'function') process.nextTick(cb);
      return;
    }
    unref();
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    key = undefined;
    if (typeof cb === 'function') process.nextTick(cb);
  }

  function getsockname(out) {
    if (key) Object.assign(out, message.sockname);
    return 0;
  }

  const handle = { close, listen, ref, unref, readStop: noop, readStart: noop };
  handle.ref();
  if (message.sockname) handle.getsockname = getsockname;
  handles.set(key, handle);
  cb(0, handle);
}

function noop() {}

// A connection from the primary: hand it to the server that listens on its key, or refuse it
// so the primary gives it to another worker.
function onconnection(message, handle) {
  const key = message.key;
  const server = handles.get(key);
  let accepted = server !== undefined;
  // A server at maxConnections refuses, so that another worker gets the connection.
  ownerSymbol ??= require('internal/net/handles').owner_symbol;
  const owner = accepted ? server[ownerSymbol] : undefined;
  if (owner && owner.maxConnections != null && owner._connections >= owner.maxConnections) accepted = false;
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, handle);
  else if (handle) handle.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

function _disconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waitingCount = 1;

  // Each server closes once its connections are done; then the channel goes.
  function checkWaitingCount() {
    waitingCount--;
    if (waitingCount !== 0) return;
    if (primaryInitiated) {
      process.disconnect();
    } else {
      send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    }
  }

  ownerSymbol ??= require('internal/net/handles').owner_symbol;
  for (const handle of handles.values()) {
    waitingCount++;
    const server = handle[ownerSymbol];
    if (server) server.close(checkWaitingCount);
    else handle.close(checkWaitingCount);
  }
  handles.clear();
  checkWaitingCount();
}

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    _disconnect.call(this);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(kNoFailure);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(kNoFailure));
  }
};
