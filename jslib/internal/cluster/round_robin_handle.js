'use strict';
// SCHED_RR: the primary listens and accepts; each connection goes to a free worker (one that
// has acknowledged its last one), in the order workers became free.

const net = require('net');
const { constants: TCPConstants } = require('internal/net/handles');
const { sendHelper } = require('internal/cluster/utils');

class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog, readableAll, writableAll }) {
    this.key = key;
    this.all = new Map();
    this.free = new Map();
    this.handles = [];
    this.handle = null;
    // Connections go to distribute(), never to this listener.
    this.server = net.createServer(() => require('assert').fail('round-robin server got a connection'));
    if (fd >= 0) {
      this.server.listen({ fd, backlog });
    } else if (port >= 0) {
      this.server.listen({
        port,
        host: address,
        ipv6Only: Boolean(flags & TCPConstants.UV_TCP_IPV6ONLY),
        backlog,
      });
    } else {
      this.server.listen({ path: address, backlog, readableAll, writableAll });
    }
    this.server.once('listening', () => {
      // Keep the bare handle; the Server object was only a way to listen.
      this.handle = this.server._handle;
      this.handle.onconnection = (err, handle) => this.distribute(err, handle);
      this.server._handle = null;
      this.server = null;
    });
  }

  add(worker, send) {
    this.all.set(worker.id, worker);
    const done = () => {
      if (this.handle.getsockname) {
        const out = {};
        this.handle.getsockname(out);
        send(null, { sockname: out }, null);
      } else {
        send(null, null, null);
      }
      this.handoff(worker);
    };
    if (this.server === null) return done();
    // Both are once: whichever comes, the worker hears exactly one answer.
    this.server.once('listening', done);
    this.server.once('error', (err) => send(err.errno, null));
  }

  remove(worker) {
    if (!this.all.delete(worker.id)) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    this.close();
    return true;
  }

  close() {
    for (const handle of this.handles) handle.close();
    this.handles = [];
    if (this.handle) this.handle.close();
    this.handle = null;
    if (this.server) this.server.close();
    this.server = null;
  }

  distribute(err, handle) {
    // An accept error has nothing to hand out.
    if (err || !handle) return;
    this.handles.push(handle);
    const first = this.free.entries().next();
    if (!first.done) {
      const [id, worker] = first.value;
      this.free.delete(id);
      this.handoff(worker);
    }
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return; // gone while we waited for its reply
    const handle = this.handles.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);
      return;
    }
    if (!worker.process.connected) {
      this.handles.unshift(handle); // its 'disconnect' removes it; the next worker takes this
      return;
    }
    const message = { act: 'newconn', key: this.key };
    sendHelper(worker.process, message, handle, (reply) => {
      // The worker has its own copy now; ours goes. Refused: someone else takes it.
      if (reply.accepted) handle.close();
      else this.distribute(0, handle);
      this.handoff(worker);
    });
  }
}

module.exports = RoundRobinHandle;
