'use strict';
// SCHED_NONE: the primary opens the listening socket once and sends it to every worker that
// asks; each worker accepts on its own copy and the kernel picks who gets a connection.

const net = require('net');

const UV_EINVAL = -22;

class SharedHandle {
  constructor(key, address, { port, addressType, fd, flags, backlog }) {
    this.key = key;
    this.workers = new Map();
    this.handle = null;
    this.errno = 0;
    if (addressType === 'udp4' || addressType === 'udp6') {
      // A bound UDP socket is ready as it is: the workers receive on their copies.
      const rval = require('internal/dgram')._createSocketHandle(address, port, addressType, fd, flags);
      if (typeof rval === 'number') this.errno = rval;
      else this.handle = rval;
      return;
    }
    const rval = net._createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      this.errno = rval;
      return;
    }
    // jnode binds lazily: only listen() makes the socket (and shows EADDRINUSE). The primary
    // itself must not accept, so stop accepting right away; the workers' copies start their own.
    let err = rval.listen(backlog || 511);
    if (err === 0) {
      err = rval.readStop();
      if (!(rval.fd >= 0)) err = UV_EINVAL;
    }
    if (err) {
      rval.close();
      this.errno = err;
      return;
    }
    rval.onconnection = (status, client) => client?.close();
    this.handle = rval;
  }

  add(worker, send) {
    this.workers.set(worker.id, worker);
    send(this.errno, null, this.handle);
  }

  remove(worker) {
    if (!this.workers.has(worker.id)) return false;
    this.workers.delete(worker.id);
    if (this.workers.size !== 0) return false;
    this.close();
    return true;
  }

  close() {
    if (this.handle) this.handle.close();
    this.handle = null;
  }
}

module.exports = SharedHandle;
