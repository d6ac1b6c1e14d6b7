'use strict';
// Who still holds the connections a server sent to another process. A socket that came from a
// net.Server travels with its server's key (NODE_HANDLE's `key`); the sender keeps a SocketListSend
// per peer and key, which the server polls for getConnections() and close(), and the receiver
// keeps a SocketListReceive that counts the sockets of that key still open. The messages are
// node's, so either side can be node: NODE_SOCKET_GET_COUNT → NODE_SOCKET_COUNT {count}, and
// NODE_SOCKET_NOTIFY_CLOSE → NODE_SOCKET_ALL_CLOSED once the count is 0.

const EventEmitter = require('events');
const { ERR_CHILD_CLOSED_BEFORE_REPLY } = require('internal/errors').codes;

const kLists = Symbol('kSocketLists');

/** The sender's side: asks the peer about the sockets of one server key. */
class SocketListSend extends EventEmitter {
  constructor(peer, key) {
    super();
    this.key = key;
    this.child = peer;
    peer.once('exit', () => this.emit('exit', this));
  }

  // Sends `cmd` for this key and calls back with the peer's `replyCmd` message, or with
  // ERR_CHILD_CLOSED_BEFORE_REPLY when the channel goes first.
  _request(cmd, replyCmd, swallowErrors, callback) {
    const peer = this.child;
    const key = this.key;
    if (!peer.connected) return callback(new ERR_CHILD_CLOSED_BEFORE_REPLY());
    const onReply = (msg) => {
      if (msg.cmd !== replyCmd || msg.key !== key) return;
      peer.removeListener('disconnect', onGone);
      peer.removeListener('internalMessage', onReply);
      callback(null, msg);
    };
    const onGone = () => {
      peer.removeListener('internalMessage', onReply);
      callback(new ERR_CHILD_CLOSED_BEFORE_REPLY());
    };
    peer._send({ cmd, key }, undefined, swallowErrors);
    peer.once('disconnect', onGone);
    peer.on('internalMessage', onReply);
  }

  /** callback(err) once the peer has no socket of this key left open. */
  close(callback) {
    this._request('NODE_SOCKET_NOTIFY_CLOSE', 'NODE_SOCKET_ALL_CLOSED', true, callback);
  }

  /** callback(err, count) with how many sockets of this key the peer holds open. */
  getConnections(callback) {
    this._request('NODE_SOCKET_GET_COUNT', 'NODE_SOCKET_COUNT', false,
                  (err, msg) => (err ? callback(err) : callback(null, msg.count)));
  }
}

/** The receiver's side: counts the sockets of one key, and answers the sender's questions. */
class SocketListReceive extends EventEmitter {
  constructor(peer, key) {
    super();
    this.connections = 0;
    this.key = key;
    this.child = peer;
    const allClosed = () => {
      if (peer.connected) peer._send({ cmd: 'NODE_SOCKET_ALL_CLOSED', key }, undefined, true);
    };
    peer.on('internalMessage', (msg) => {
      if (msg.key !== key) return;
      if (msg.cmd === 'NODE_SOCKET_NOTIFY_CLOSE') {
        if (this.connections === 0) allClosed();
        else this.once('empty', allClosed);
      } else if (msg.cmd === 'NODE_SOCKET_GET_COUNT' && peer.connected) {
        peer._send({ cmd: 'NODE_SOCKET_COUNT', key, count: this.connections });
      }
    });
  }

  add({ socket }) {
    this.connections++;
    socket.once('close', () => {
      if (--this.connections === 0) this.emit('empty', this);
    });
  }
}

/** The list of `peer` for `key`, made on first use: 'send' on the sender, 'got' on the receiver. */
function socketList(type, peer, key) {
  const lists = (peer[kLists] ??= { send: { __proto__: null }, got: { __proto__: null } })[type];
  return (lists[key] ??= type === 'send' ? new SocketListSend(peer, key) : new SocketListReceive(peer, key));
}

module.exports = { SocketListSend, SocketListReceive, socketList };
