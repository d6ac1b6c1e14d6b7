'use strict';
// net.SocketAddress, plus the address parsing BlockList shares: IPv4 to a number, IPv6 to a
// BigInt, and back to canonical text (so '::0001' reads '::1', as inet_ntop prints it).

const { isIPv4, isIPv6 } = require('internal/net/ip');
const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validatePort, validateString, validateUint32 } = require('internal/validators');

const kAddress = Symbol('kAddress');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function parseIPv4(s) {
  return s.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}

function parseIPv6(s) {
  const pct = s.indexOf('%');
  if (pct !== -1) s = s.slice(0, pct);
  let tailQuad = null;
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    tailQuad = parseIPv4(s.slice(lastColon + 1));
    s = s.slice(0, lastColon + 1) + '0:0';
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, null];
  const h = head === '' ? [] : head.split(':');
  const t = tail === null || tail === '' ? [] : tail.split(':');
  const groups = tail === null ? h : h.concat(new Array(8 - h.length - t.length).fill('0'), t);
  let v = 0n;
  for (const g of groups) v = (v << 16n) | BigInt(parseInt(g, 16));
  if (tailQuad !== null) v = (v & ~0xffffffffn) | BigInt(tailQuad);
  return v;
}

function formatIPv4(n) {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function formatIPv6(v) {
  const g = [];
  for (let i = 7; i >= 0; i--) g.push(Number((v >> BigInt(i * 16)) & 0xffffn));
  // IPv4-mapped: ::ffff:a.b.c.d
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return `::ffff:${formatIPv4(Number(v & 0xffffffffn))}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i > 1) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kAddress] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = (family === 'ipv4' ? '127.0.0.1' : '::'), port = 0, flowlabel = 0 } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    let text;
    if (family === 'ipv4') {
      if (!isIPv4(address)) throw new ERR_INVALID_ADDRESS();
      text = formatIPv4(parseIPv4(address));
    } else {
      if (!isIPv6(address)) throw new ERR_INVALID_ADDRESS();
      text = formatIPv6(parseIPv6(address));
    }
    this[kAddress] = { address: text, port: port | 0, family, flowlabel: flowlabel | 0 };
  }

  get address() { return this[kAddress].address; }

  get port() { return this[kAddress].port; }

  get family() { return this[kAddress].family; }

  get flowlabel() { return this[kAddress].flowlabel; }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }
}

module.exports = { SocketAddress, parseIPv4, parseIPv6, formatIPv4, formatIPv6, ERR_INVALID_ARG_TYPE };
