'use strict';
// The UDP handle object (node's udp_wrap), wrapping one Java UdpHandle on a Netty epoll datagram
// channel. Methods return 0 or -errno as node's binding does; datagrams arrive through
// onmessage(nread, handle, buf, rinfo), and a send's req.oncomplete(status, bytes) runs when it
// did not finish at once.

const binding = internalBinding('udp_wrap');
const { FastBuffer } = require('buffer')[Symbol.for('jnode.buffer.internals')];
const { Buffer } = require('buffer');
const { uvErrmapGet } = require('internal/errors');

binding.setup((owner, name, a, b) => owner[name](a, b));

const constants = { UV_UDP_IPV6ONLY: 1, UV_UDP_REUSEADDR: 4 };

class SendWrap {}

class UDP {
  constructor(j) {
    this._j = j ?? binding.udp();
    this._j.setOwner(this);
    this.onmessage = null;
  }

  // --- called from Java ---------------------------------------------------------------------
  $message(bb, info) {
    if (this.onmessage === null) return;
    if (bb === null) return this.onmessage(info, this);
    const buf = new FastBuffer(new ArrayBuffer(bb), 0, info[3]);
    this.onmessage(info[3], this, buf, { address: info[0], family: info[1], port: info[2] });
  }

  // --- node's handle API -------------------------------------------------------------------
  get fd() { return this._j.fd(); }

  open(fd) { return this._j.open(fd); }

  // Ports wrap as a C unsigned short does in node's binding.
  bind(address, port, flags) { return this._j.bind(address, (port >>> 0) & 0xffff, flags | 0); }

  bind6(address, port, flags) { return this._j.bind6(address, (port >>> 0) & 0xffff, flags | 0); }

  connect(address, port) { return this._j.connect(address, (port >>> 0) & 0xffff); }

  connect6(address, port) { return this._j.connect6(address, (port >>> 0) & 0xffff); }

  disconnect() { return this._j.disconnect(); }

  /**
   * send(req, list, count, port, address, hasCallback), or send(req, list, count, hasCallback)
   * when connected. Returns bytes + 1 when the datagram went out at once, 0 when
   * req.oncomplete(status, bytes) will follow, or -errno.
   */
  send(req, list, count, port, address, hasCallback) {
    if (typeof port === 'boolean') {
      address = null;
      port = 0;
    }
    const buf = count === 1 ? list[0] : Buffer.concat(list.slice(0, count));
    const n = buf.byteLength;
    const rc = this._j.send(buf.buffer, buf.byteOffset, n, address, (port >>> 0) & 0xffff,
                            (status) => req.oncomplete?.(status, status < 0 ? 0 : n));
    if (rc === 0) return n + 1;
    return rc === 1 ? 0 : rc;
  }

  recvStart() { return this._j.recvStart(); }

  recvStop() { return this._j.recvStop(); }

  getsockname(out) { return addressInto(out, this._j.getsockname()); }

  getpeername(out) { return addressInto(out, this._j.getpeername()); }

  addMembership(group, iface) { return this._j.membership(group, iface ?? null, true); }

  dropMembership(group, iface) { return this._j.membership(group, iface ?? null, false); }

  addSourceSpecificMembership(source, group, iface) {
    return this._j.sourceMembership(source, group, iface ?? null, true);
  }

  dropSourceSpecificMembership(source, group, iface) {
    return this._j.sourceMembership(source, group, iface ?? null, false);
  }

  setMulticastInterface(iface) { return this._j.setMulticastInterface(iface); }

  setMulticastTTL(ttl) { return this._j.setMulticastTTL(ttl | 0); }

  setMulticastLoopback(on) { return this._j.setMulticastLoopback(!!on); }

  setBroadcast(on) { return this._j.setBroadcast(!!on); }

  setTTL(ttl) { return this._j.setTTL(ttl | 0); }

  /** The buffer size, or undefined with ctx filled as node's SystemError context. */
  bufferSize(size, recv, ctx) {
    const rc = this._j.bufferSize(size, !!recv);
    if (rc >= 0) return rc;
    const [code, message] = uvErrmapGet(rc);
    Object.assign(ctx, { errno: rc, code, message,
                         syscall: recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size' });
    return undefined;
  }

  getSendQueueSize() { return this._j.getSendQueueSize(); }

  getSendQueueCount() { return this._j.getSendQueueCount(); }

  close(cb) { this._j.close(typeof cb === 'function' ? () => cb.call(this) : null); }

  ref() { this._j.ref(); }

  unref() { this._j.unref(); }

  hasRef() { return this._j.hasRef(); }

  getAsyncId() { return -1; }
}

function addressInto(out, r) {
  if (typeof r === 'number') return r;
  out.address = r[0];
  out.family = r[1];
  out.port = r[2];
  return 0;
}

module.exports = { UDP, SendWrap, constants };
