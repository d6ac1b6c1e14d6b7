'use strict';
// dns.Resolver's common part (node's ResolverBase over a ChannelWrap): servers, local address,
// cancel, and the record queries named as node's binding names them (queryA, queryMx,
// getHostByAddr...), each turning a response into node's result shape or a c-ares error code.
// dns.js wraps them in callbacks, dns/promises in promises.

const { Channel, DEFAULT_TRIES } = require('internal/dns/channel');
const { TYPES } = require('internal/dns/wire');
const { isIP } = require('internal/net/ip');
const { parseIPv6 } = require('internal/net/socketaddress');
const {
  nativeCodeError,
  codes: { ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_TYPE, ERR_INVALID_IP_ADDRESS },
} = require('internal/errors');
const { validateArray, validateInt32, validateString } = require('internal/validators');

const DNS_PORT = 53;
const UV_EINVAL = -22;

// resolve(hostname, rrtype)'s method for each rrtype.
const RRTYPE_METHODS = {
  __proto__: null,
  A: 'resolve4', AAAA: 'resolve6', ANY: 'resolveAny', CAA: 'resolveCaa', CNAME: 'resolveCname', MX: 'resolveMx',
  NAPTR: 'resolveNaptr', NS: 'resolveNs', PTR: 'resolvePtr', SOA: 'resolveSoa', SRV: 'resolveSrv', TXT: 'resolveTxt',
};

// Each method's binding name, which errors report as their syscall.
const RESOLVE_METHODS = {
  resolveAny: 'queryAny', resolve4: 'queryA', resolve6: 'queryAaaa', resolveCaa: 'queryCaa',
  resolveCname: 'queryCname', resolveMx: 'queryMx', resolveNs: 'queryNs', resolveTxt: 'queryTxt',
  resolveSrv: 'querySrv', resolvePtr: 'queryPtr', resolveNaptr: 'queryNaptr', resolveSoa: 'querySoa',
  reverse: 'getHostByAddr',
};

const QUERY_TYPES = {
  queryA: TYPES.A, queryAaaa: TYPES.AAAA, queryAny: TYPES.ANY, queryCaa: TYPES.CAA, queryCname: TYPES.CNAME,
  queryMx: TYPES.MX, queryNaptr: TYPES.NAPTR, queryNs: TYPES.NS, queryPtr: TYPES.PTR, querySoa: TYPES.SOA,
  querySrv: TYPES.SRV, queryTxt: TYPES.TXT, getHostByAddr: TYPES.PTR,
};

// queryAny lists records grouped by type in this order, as node's parser does.
const ANY_ORDER = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA', 'CAA'];

function anyRecord(type, r) {
  switch (type) {
    case 'A':
    case 'AAAA':
      return { address: r.data, ttl: r.ttl, type };
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return { value: r.data, type };
    case 'TXT':
      return { entries: r.data, type };
    default:
      return { ...r.data, type };
  }
}

/** The result for a response to `bindingName`: [code] or [null, result, ttls]. */
function shapeResult(bindingName, response) {
  const type = QUERY_TYPES[bindingName];
  if (bindingName === 'queryAny') {
    const out = [];
    for (const name of ANY_ORDER) {
      for (const r of response.answers) if (r.type === TYPES[name]) out.push(anyRecord(name, r));
    }
    return out.length === 0 ? ['ENODATA'] : [null, out];
  }
  const records = response.answers.filter((r) => r.type === type);
  if (records.length === 0) return ['ENODATA'];
  if (type === TYPES.SOA) return [null, records[0].data];
  // A CNAME query answers with the end of the chain.
  if (type === TYPES.CNAME) return [null, [records[records.length - 1].data]];
  const result = records.map((r) => r.data);
  if (type === TYPES.A || type === TYPES.AAAA) return [null, result, records.map((r) => r.ttl)];
  return [null, result];
}

/** The PTR name for an address, or null when it is not one (getHostByAddr's EINVAL). */
function reverseName(ip) {
  const family = isIP(ip);
  if (family === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (family !== 6) return null;
  // 32 nibbles, least significant first.
  return `${parseIPv6(ip).toString(16).padStart(32, '0').split('').reverse().join('.')}.ip6.arpa`;
}

/**
 * Runs binding query `bindingName` for `name` on `channel`; done(code, result, ttls) later.
 * Returns 0, or a negative errno for a request that cannot start (as node's binding does).
 */
function runQuery(channel, bindingName, name, done) {
  let qname = name;
  if (bindingName === 'getHostByAddr') {
    qname = reverseName(name);
    if (qname === null) return UV_EINVAL;
  } else if (/[^\x00-\x7f]/.test(qname)) {
    qname = require('url').domainToASCII(qname) || qname;
  }
  channel.query(qname, QUERY_TYPES[bindingName], (code, response) => {
    if (code !== null) return done(code);
    done(...shapeResult(bindingName, response));
  });
  return 0;
}

// setServers' forms: '1.2.3.4', '1.2.3.4:53', '::1', '[::1]', '[::1]:53'.
const IPV6_BRACKETS = /^\[([^[\]]*)\]/;
const ADDR_PORT = /(^.+?)(?::(\d+))?$/;

function parseServer(serv) {
  let family = isIP(serv);
  if (family !== 0) return [family, serv, DNS_PORT];
  const bracketed = IPV6_BRACKETS.exec(serv);
  if (bracketed) {
    family = isIP(bracketed[1]);
    if (family !== 0) {
      const port = Number.parseInt(serv.replace(ADDR_PORT, '$2')) || DNS_PORT;
      return [family, bracketed[1], port];
    }
  }
  const split = ADDR_PORT.exec(serv);
  if (split) {
    family = isIP(split[1]);
    if (family !== 0) return [family, split[1], Number.parseInt(split[2] || DNS_PORT)];
  }
  throw new ERR_INVALID_IP_ADDRESS(serv);
}

class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = DEFAULT_TRIES } = { ...options };
    validateInt32(timeout, 'options.timeout', -1);
    validateInt32(tries, 'options.tries', 1);
    this._handle = new Channel(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return (this._handle.getServers() || []).map(([address, port]) => {
      if (!port || port === DNS_PORT) return address;
      return `${isIP(address) === 6 ? `[${address}]` : address}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const parsed = [];
    servers.forEach((serv, index) => {
      validateString(serv, `servers[${index}]`);
      parsed.push(parseServer(serv));
    });
    if (!this._handle.setServers(parsed)) {
      throw new ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (typeof ipv6 !== 'string' && ipv6 !== undefined) throw new ERR_INVALID_ARG_TYPE('ipv6', 'String', ipv6);
    const first = isIP(ipv4);
    const second = ipv6 === undefined ? 0 : isIP(ipv6);
    if (first === 0 || (ipv6 !== undefined && second === 0)) {
      throw nativeCodeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP address.');
    }
    if (first === second) {
      throw nativeCodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `Cannot specify two IPv${first} addresses.`);
    }
    let v4 = first === 4 ? ipv4 : undefined;
    let v6 = first === 6 ? ipv4 : undefined;
    if (second === 4) v4 = ipv6;
    if (second === 6) v6 = ipv6;
    this._handle.setLocalAddress(v4, v6);
  }
}

// The resolver behind the module-level functions of both dns and dns/promises.
let defaultResolver;

function getDefaultResolver() {
  defaultResolver ??= new ResolverBase();
  return defaultResolver;
}

function setDefaultResolver(resolver) {
  defaultResolver = resolver;
}

class QueryReqWrap {}

module.exports = {
  QueryReqWrap,
  ResolverBase,
  RRTYPE_METHODS,
  RESOLVE_METHODS,
  getDefaultResolver,
  runQuery,
  setDefaultResolver,
};
