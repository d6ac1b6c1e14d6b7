'use strict';
// The primary's half of cluster: forks workers, answers their queryServer requests with a
// RoundRobinHandle (it accepts, workers take turns) or a SharedHandle (workers accept on one
// listening socket), and tracks each worker through online/listening/disconnect/exit.
// child_process and net load on first fork: require('cluster') must stay cheap.

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
const intercom = new EventEmitter();
const handles = new Map();
let initialized = false;
let ids = 0;
let policy;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
cluster.schedulingPolicy = { none: SCHED_NONE, rr: SCHED_RR }[process.env.NODE_CLUSTER_SCHED_POLICY] ||
  (process.platform === 'win32' ? SCHED_NONE : SCHED_RR);

module.exports = cluster;

let RoundRobinHandle;
let SharedHandle;
function loadHandles() {
  RoundRobinHandle ??= require('internal/cluster/round_robin_handle');
  SharedHandle ??= require('internal/cluster/shared_handle');
}

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (initialized) {
    process.nextTick(emitSetup, settings);
    return;
  }
  initialized = true;
  // The policy is fixed at the first setup (or fork).
  policy = cluster.schedulingPolicy;
  // node reports this with an assertion, so do we.
  require('assert')(policy === SCHED_NONE || policy === SCHED_RR, `Bad cluster.schedulingPolicy: ${policy}`);
  process.nextTick(emitSetup, settings);
};
cluster.setupMaster = cluster.setupPrimary;

function emitSetup(settings) {
  cluster.emit('setup', settings);
}

function createWorkerProcess(id, env) {
  const { fork } = require('child_process');
  const settings = cluster.settings;
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  return fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: workerEnv,
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv: [...settings.execArgv],
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) {
    // Every handle belongs to some worker; with none left there is nothing to share.
    for (const handle of handles.values()) handle.close?.();
    handles.clear();
    intercom.emit('disconnect');
  }
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const workerProcess = createWorkerProcess(id, env);
  const worker = new Worker({ id, process: workerProcess });

  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  worker.process.once('exit', (exitCode, signalCode) => {
    // With the channel still up, 'disconnect' comes later and removes the worker then.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  worker.process.on('internalMessage', internal(worker, onmessage));
  process.nextTick(emitForkNT, worker);
  cluster.workers[worker.id] = worker;
  return worker;
};

function emitForkNT(worker) {
  cluster.emit('fork', worker);
}

cluster.disconnect = function disconnect(cb) {
  const workers = Object.keys(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const id of workers) {
      const worker = cluster.workers[id];
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

const methods = {
  online, exitedAfterDisconnect, queryServer, listening, close,
};

function onmessage(message, handle) {
  const fn = Object.hasOwn(methods, message.act) ? methods[message.act] : undefined;
  if (typeof fn === 'function') fn(this, message, handle);
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

function queryServer(worker, message) {
  // A worker on its way out gets no new handles.
  if (worker.exitedAfterDisconnect) return;
  loadHandles();
  const key = `${message.address}:${message.port}:${message.addressType}:` +
    `${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    // A unix socket path: the shorter of relative and as given (sun_path holds ~100 bytes).
    if (message.port < 0 && typeof address === 'string') {
      const relative = require('path').relative(process.cwd(), address);
      if (relative.length < address.length) address = relative;
    }
    const Ctor = policy !== SCHED_RR || message.addressType === 'udp4' || message.addressType === 'udp6' ?
      SharedHandle : RoundRobinHandle;
    handle = new Ctor(key, address, message);
    handles.set(key, handle);
  }
  if (!handle.data) handle.data = message.data;
  handle.add(worker, (errno, reply, sharedHandle) => {
    const { data } = handles.get(key) || handle;
    if (errno) handles.delete(key);
    send(worker, { errno, key, ack: message.seq, data, ...reply }, sharedHandle);
  });
}

function listening(worker, message) {
  const info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd,
  };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

// A worker closed its server: it no longer takes part in that handle.
function close(worker, message) {
  const key = message.key;
  const handle = handles.get(key);
  if (handle && handle.remove(worker)) handles.delete(key);
}

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

// The primary's Worker: disconnect tells the worker to close its servers and go.
Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function destroy(signo) {
  this.process.kill(signo || 'SIGTERM');
};
