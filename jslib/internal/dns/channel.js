'use strict';
// A DNS client channel (node's ChannelWrap over c-ares): its name servers (from /etc/resolv.conf
// until set), timeout and tries, and the queries in flight. A query goes over UDP to each server
// in turn, `tries` rounds, the timeout doubling each round as c-ares does; a truncated answer is
// asked again over TCP. Results come back as (code, response): code null or a c-ares error name
// (ENOTFOUND, ESERVFAIL, ETIMEOUT, ECANCELLED...), response the decoded message.

const { Buffer } = require('buffer');
const { encodeQuery, decodeResponse, BadName } = require('internal/dns/wire');
const { isIP } = require('internal/net/ip');

const DEFAULT_TIMEOUT = 2000;
const DEFAULT_TRIES = 4;
const DNS_PORT = 53;

// Response codes c-ares reports as such (node turns off its retry on them: ARES_FLAG_NOCHECKRESP).
const RCODE_ERRORS = { 1: 'EFORMERR', 2: 'ESERVFAIL', 3: 'ENOTFOUND', 4: 'ENOTIMP', 5: 'EREFUSED' };

let dgram;
let net;
let systemServers;

/** [[family, address, port]] from /etc/resolv.conf's nameserver lines; c-ares falls back to localhost. */
function defaultServers() {
  if (systemServers === undefined) {
    systemServers = [];
    let text = '';
    try {
      text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
    } catch {
      // no resolv.conf: the fallback below, as c-ares does
    }
    for (const line of text.split('\n')) {
      const m = /^\s*nameserver\s+(\S+)/.exec(line);
      if (m === null) continue;
      const address = m[1].replace(/%.*$/, '');
      const family = isIP(address);
      if (family !== 0) systemServers.push([family, address, DNS_PORT]);
    }
    if (systemServers.length === 0) systemServers.push([4, '127.0.0.1', DNS_PORT]);
  }
  return systemServers.map((s) => s.slice());
}

class Channel {
  constructor(timeout = -1, tries = DEFAULT_TRIES) {
    this.timeout = timeout < 0 ? DEFAULT_TIMEOUT : timeout;
    this.tries = tries;
    this.servers = undefined;
    this.local4 = undefined;
    this.local6 = undefined;
    this.pending = new Set();
  }

  getServers() {
    return (this.servers ??= defaultServers()).map(([, address, port]) => [address, port]);
  }

  /** [[family, address, port]]; false while queries are in flight (c-ares refuses then). */
  setServers(servers) {
    if (this.pending.size > 0) return false;
    this.servers = servers.map((s) => s.slice());
    return true;
  }

  setLocalAddress(v4, v6) {
    this.local4 = v4;
    this.local6 = v6;
  }

  /** Asks for (name, type); done(code, response) on a later turn. Returns the query, for cancel. */
  query(name, type, done) {
    // One id and one socket per server for the whole query, as c-ares keeps them: an answer
    // that comes after its try timed out still counts.
    const id = (Math.random() * 0x10000) | 0;
    const q = { name, type, done, id, packet: null, attempt: 0, error: 'ETIMEOUT', sockets: new Map(), tcp: null, timer: null };
    try {
      q.packet = encodeQuery(id, name, type);
    } catch (err) {
      if (!(err instanceof BadName)) throw err;
      process.nextTick(done, 'EBADNAME');
      return q;
    }
    this.pending.add(q);
    this.servers ??= defaultServers();
    this.#attempt(q);
    return q;
  }

  /** Ends every query in flight with ECANCELLED. */
  cancel() {
    for (const q of this.pending) this.#finish(q, 'ECANCELLED');
  }

  #attempt(q) {
    clearTimeout(q.timer);
    const servers = this.servers;
    if (servers.length === 0) return this.#finish(q, 'ECONNREFUSED');
    if (q.attempt >= servers.length * this.tries) return this.#finish(q, q.error);
    const index = q.attempt % servers.length;
    const timeout = this.timeout * 2 ** Math.floor(q.attempt / servers.length);
    q.attempt++;
    const socket = q.sockets.get(index);
    if (socket === undefined) this.#open(q, index, servers[index]);
    else socket.send(q.packet);
    q.timer = setTimeout(() => {
      q.error = 'ETIMEOUT';
      this.#attempt(q);
    }, timeout);
  }

  #open(q, index, [family, address, port]) {
    dgram ??= require('dgram');
    const socket = dgram.createSocket(family === 6 ? 'udp6' : 'udp4');
    q.sockets.set(index, socket);
    // A closed port answers with ICMP, which a connected socket reports as ECONNREFUSED.
    socket.on('error', () => {
      q.sockets.delete(index);
      socket.close();
      q.error = 'ECONNREFUSED';
      this.#attempt(q);
    });
    socket.on('message', (msg) => {
      let response;
      try {
        response = decodeResponse(msg);
      } catch {
        return; // not a DNS message: wait on, as for any stray datagram
      }
      if (response.id !== q.id || !sameQuestion(response, q)) return;
      if (response.tc) return this.#overTcp(q, address, port);
      this.#finish(q, RCODE_ERRORS[response.rcode] ?? null, response);
    });
    const local = family === 6 ? this.local6 : this.local4;
    socket.bind({ port: 0, address: local, exclusive: true }, () => {
      socket.connect(port, address, () => socket.send(q.packet));
    });
  }

  // The answer did not fit a datagram: the same question over TCP, length-prefixed (RFC 1035 4.2.2).
  #overTcp(q, address, port) {
    if (q.tcp !== null) return;
    clearTimeout(q.timer);
    net ??= require('net');
    const length = Buffer.alloc(2);
    length.writeUInt16BE(q.packet.length);
    const chunks = [];
    const socket = net.connect({ port, host: address });
    q.tcp = socket;
    const fail = (code) => {
      socket.destroy();
      q.tcp = null;
      q.error = code;
      this.#attempt(q);
    };
    socket.on('error', () => fail('ECONNREFUSED'));
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const all = Buffer.concat(chunks);
      if (all.length < 2 || all.length < 2 + all.readUInt16BE(0)) return;
      let response;
      try {
        response = decodeResponse(all.subarray(2, 2 + all.readUInt16BE(0)));
      } catch {
        return fail('EBADRESP');
      }
      this.#finish(q, RCODE_ERRORS[response.rcode] ?? null, response);
    });
    socket.write(Buffer.concat([length, q.packet]));
    q.timer = setTimeout(() => fail('ETIMEOUT'), this.timeout);
  }

  #release(q) {
    clearTimeout(q.timer);
    for (const socket of q.sockets.values()) {
      socket.removeAllListeners('message').removeAllListeners('error');
      socket.close();
    }
    q.sockets.clear();
    if (q.tcp !== null) {
      q.tcp.removeAllListeners('data').removeAllListeners('error');
      q.tcp.destroy();
      q.tcp = null;
    }
  }

  #finish(q, code, response) {
    if (!this.pending.delete(q)) return;
    this.#release(q);
    process.nextTick(q.done, code, response);
  }
}

function sameQuestion(response, q) {
  const question = response.question;
  return question !== undefined && question.type === q.type &&
    question.name.toLowerCase() === q.name.replace(/\.$/, '').toLowerCase();
}

module.exports = { Channel, DEFAULT_TRIES };
