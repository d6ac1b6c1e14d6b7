'use strict';
// worker_threads on the main thread only: MessageChannel/MessagePort and BroadcastChannel work
// in-process (structured clone, delivery on a later macrotask of the event loop). Worker is not
// implemented yet: constructing one throws ERR_METHOD_NOT_IMPLEMENTED.

const EventEmitter = require('events');
const {
  Event, EventTarget, NodeEventTarget, defineEventHandler, kCreateEvent, kNewListener,
  kRemoveListener, kHybridDispatch,
} = require('internal/event_target');
const { structuredClone, transferHandlers, dataCloneError } = require('internal/structured_clone');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_MISSING_ARGS, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kToken = Symbol('kToken');
const kQueue = Symbol('kQueue');
const kOther = Symbol('kOther');
const kStarted = Symbol('kStarted');
const kClosed = Symbol('kClosed');
const kRefed = Symbol('kRefed');
const kKeepAlive = Symbol('kKeepAlive');
const kScheduled = Symbol('kScheduled');
const kName = Symbol('kName');

const untransferable = new WeakSet();
const environmentData = new Map();

let inspectFn;
function inspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

class MessageEvent extends Event {
  #data;
  #ports;

  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#data = options?.data ?? null;
    this.#ports = options?.ports ?? [];
  }

  get data() { return this.#data; }
  get origin() { return ''; }
  get lastEventId() { return ''; }
  get source() { return null; }
  get ports() { return this.#ports; }
}

function createEvent(nodeValue, type) {
  return type === 'message' || type === 'messageerror'
    ? new MessageEvent(type, { data: nodeValue }) : new Event(type);
}

// A started, ref'd endpoint with message listeners keeps the loop alive, like an active handle.
function updateKeepAlive(endpoint, listening) {
  const want = listening && endpoint[kRefed] && !endpoint[kClosed];
  if (want && endpoint[kKeepAlive] === null) {
    endpoint[kKeepAlive] = setInterval(() => {}, 1 << 30);
  } else if (!want && endpoint[kKeepAlive] !== null) {
    clearInterval(endpoint[kKeepAlive]);
    endpoint[kKeepAlive] = null;
  }
}

function hasMessageListeners(target) {
  return require('events').getEventListeners(target, 'message').length > 0;
}

// --- MessagePort ------------------------------------------------------------------------------

class MessagePort extends NodeEventTarget {
  constructor(token = undefined) {
    if (token !== kToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kQueue] = [];
    this[kOther] = null;
    this[kStarted] = false;
    this[kClosed] = false;
    this[kRefed] = true;
    this[kKeepAlive] = null;
    this[kScheduled] = false;
  }

  postMessage(value, transferList = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    const options = transferList == null ? undefined
      : Array.isArray(transferList) || typeof transferList[Symbol.iterator] === 'function'
        ? { transfer: transferList } : transferList;
    for (const item of options?.transfer ?? []) {
      if (item === this) throw dataCloneError('Transfer list contains source port');
      if (untransferable.has(item)) throw dataCloneError('An ArrayBuffer is marked as untransferable');
    }
    const data = structuredClone(value, options);
    const other = this[kOther];
    if (this[kClosed] || other === null || other[kClosed]) return;
    other[kQueue].push(data);
    scheduleDrain(other);
  }

  start() {
    this[kStarted] = true;
    scheduleDrain(this);
  }

  close() {
    if (this[kClosed]) return;
    const other = this[kOther];
    for (const port of other ? [this, other] : [this]) {
      port[kClosed] = true;
      updateKeepAlive(port, false);
    }
    // Messages already sent are still delivered, then both ends report 'close'.
    setImmediate(() => {
      this[kHybridDispatch](undefined, 'close');
      if (other) other[kHybridDispatch](undefined, 'close');
    });
  }

  ref() {
    this[kRefed] = true;
    updateKeepAlive(this, this[kStarted] && hasMessageListeners(this));
    return this;
  }

  unref() {
    this[kRefed] = false;
    updateKeepAlive(this, false);
    return this;
  }

  hasRef() {
    return this[kKeepAlive] !== null;
  }

  [kCreateEvent](nodeValue, type) {
    return createEvent(nodeValue, type);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'message') {
      this[kStarted] = true;
      updateKeepAlive(this, true);
      scheduleDrain(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'message' && size === 0) updateKeepAlive(this, false);
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return 'MessagePort';
    return `MessagePort ${inspect({ active: !this[kClosed], refed: this.hasRef() }, options)}`;
  }
}
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
defineEventHandler(MessagePort.prototype, 'close');

function scheduleDrain(port) {
  if (port[kScheduled] || !port[kStarted] || port[kQueue].length === 0) return;
  port[kScheduled] = true;
  setImmediate(() => {
    port[kScheduled] = false;
    // One message per turn of the loop's check phase keeps ordering with close() predictable.
    while (port[kStarted] && port[kQueue].length > 0) {
      port[kHybridDispatch](port[kQueue].shift(), 'message');
    }
  });
}

// Transferring a port in-process hands over the same object (there is only one thread).
transferHandlers.push({
  test: (item) => item instanceof MessagePort,
  transfer: (item) => {
    if (item[kClosed]) throw dataCloneError('MessagePort in transfer list is already detached');
    return item;
  },
});

class MessageChannel {
  constructor() {
    const port1 = new MessagePort(kToken);
    const port2 = new MessagePort(kToken);
    port1[kOther] = port2;
    port2[kOther] = port1;
    Object.defineProperty(this, 'port1', { value: port1, enumerable: true, configurable: false, writable: false });
    Object.defineProperty(this, 'port2', { value: port2, enumerable: true, configurable: false, writable: false });
  }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    const err = new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
    err.message = 'The "port" argument must be a MessagePort instance'; // node's own wording here
    throw err;
  }
  if (port[kQueue].length === 0) return undefined;
  return { message: port[kQueue].shift() };
}

// --- BroadcastChannel ---------------------------------------------------------------------------

const broadcastGroups = new Map();

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    this[kClosed] = false;
    this[kRefed] = true;
    this[kKeepAlive] = null;
    let group = broadcastGroups.get(this[kName]);
    if (!group) broadcastGroups.set(this[kName], group = new Set());
    group.add(this);
  }

  get name() {
    return this[kName];
  }

  close() {
    if (this[kClosed]) return;
    this[kClosed] = true;
    updateKeepAlive(this, false);
    const group = broadcastGroups.get(this[kName]);
    group.delete(this);
    if (group.size === 0) broadcastGroups.delete(this[kName]);
  }

  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kClosed]) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    for (const target of broadcastGroups.get(this[kName])) {
      if (target === this) continue;
      const data = structuredClone(message);
      setImmediate(() => {
        if (!target[kClosed]) target.dispatchEvent(new MessageEvent('message', { data }));
      });
    }
  }

  ref() {
    this[kRefed] = true;
    updateKeepAlive(this, hasMessageListeners(this));
    return this;
  }

  unref() {
    this[kRefed] = false;
    updateKeepAlive(this, false);
    return this;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'message') updateKeepAlive(this, true);
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'message' && size === 0) updateKeepAlive(this, false);
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    return `BroadcastChannel ${inspect({ name: this[kName], active: !this[kClosed] }, options)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

// --- the rest ---------------------------------------------------------------------------------

class Worker extends EventEmitter {
  constructor(filename, options) {
    super();
    throw new ERR_METHOD_NOT_IMPLEMENTED('Worker');
  }
}

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable.add(obj);
}

function moveMessagePortToContext() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('moveMessagePortToContext');
}

function postMessageToThread() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('postMessageToThread');
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

module.exports = {
  isMainThread: true,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread,
  threadId: 0,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
