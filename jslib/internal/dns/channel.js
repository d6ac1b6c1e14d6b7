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
    const q = { name, type, done, attempt: 0, error: 'ETIMEOUT', socket: null, timer: null };
    try {
      encodeQuery(0, name, type);
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
    const servers = this.servers;
    if (servers.length === 0) return this.#finish(q, 'ECONNREFUSED');
    if (q.attempt >= servers.length * this.tries) return this.#finish(q, q.error);
    const [family, address, port] = servers[q.attempt % servers.length];
    const timeout = this.timeout * 2 ** Math.floor(q.attempt / servers.length);
    q.attempt++;
    const id = (Math.random() * 0x10000) | 0;
    const packet = encodeQuery(id, q.name, q.type);
    dgram ??= require('dgram');
    const socket = dgram.createSocket(family === 6 ? 'udp6' : 'udp4');
    q.socket = socket;
    const next = (code) => {
      this.#release(q);
      q.error = code;
      this.#attempt(q);
    };
    // A closed port answers with ICMP, which a connected socket reports as ECONNREFUSED.
    socket.on('error', () => next('ECONNREFUSED'));
    socket.on('message', (msg) => {
      let response;
      try {
        response = decodeResponse(msg);
      } catch {
        return next('EBADRESP');
      }
      if (response.id !== id || !sameQuestion(response, q)) return; // a stray or late answer
      this.#release(q);
      if (response.tc) return this.#overTcp(q, address, port, packet, next);
      this.#finish(q, RCODE_ERRORS[response.rcode] ?? null, response);
    });
    const local = family === 6 ? this.local6 : this.local4;
    socket.bind({ port: 0, address: local, exclusive: true }, () => {
      socket.connect(port, address, () => socket.send(packet));
    });
    q.timer = setTimeout(() => next('ETIMEOUT'), timeout);
  }

  // The answer did not fit a datagram: the same question over TCP, length-prefixed (RFC 1035 4.2.2).
  #overTcp(q, address, port, packet, next) {
    net ??= require('net');
    const length = Buffer.alloc(2);
    length.writeUInt16BE(packet.length);
    const chunks = [];
    const socket = net.connect({ port, host: address });
    q.socket = socket;
    socket.on('error', () => next('ECONNREFUSED'));
    socket.on('data', (chunk) => {
      chunks.push(chunk);
      const all = Buffer.concat(chunks);
      if (all.length < 2 || all.length < 2 + all.readUInt16BE(0)) return;
      this.#release(q);
      let response;
      try {
        response = decodeResponse(all.subarray(2, 2 + all.readUInt16BE(0)));
      } catch {
        return next('EBADRESP');
      }
      this.#finish(q, RCODE_ERRORS[response.rcode] ?? null, response);
    });
    socket.write(Buffer.concat([length, packet]));
    q.timer = setTimeout(() => next('ETIMEOUT'), this.timeout);
  }

  #release(q) {
    clearTimeout(q.timer);
    q.timer = null;
    const socket = q.socket;
    q.socket = null;
    if (socket === null) return;
    socket.removeAllListeners('message').removeAllListeners('data').removeAllListeners('error');
    if (typeof socket.destroy === 'function') socket.destroy();
    else socket.close();
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
