'use strict';
// net.BlockList: rules on single addresses, ranges and subnets, per family. An IPv4 rule also
// matches the IPv4-mapped IPv6 form of its addresses, as node's does.

const { isIPv4, isIPv6 } = require('internal/net/ip');
const { SocketAddress, parseIPv4, parseIPv6 } = require('internal/net/socketaddress');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const MAPPED_PREFIX = 0xffffn << 32n;

function parseFamily(family, name = 'family') {
  validateString(family, name);
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return f;
}

// Address text (or a SocketAddress) → { family, value: BigInt }.
function toValue(address, family, name) {
  if (SocketAddress.isSocketAddress(address)) {
    family = address.family;
    address = address.address;
  } else {
    validateString(address, name);
    family = parseFamily(family);
  }
  if (family === 'ipv4') {
    if (!isIPv4(address)) throw new ERR_INVALID_ARG_VALUE(name, address);
    return { family, value: BigInt(parseIPv4(address)), text: address };
  }
  if (!isIPv6(address)) throw new ERR_INVALID_ARG_VALUE(name, address);
  return { family, value: parseIPv6(address), text: address };
}

function label(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

class BlockList {
  static isBlockList(value) {
    return value instanceof BlockList;
  }

  constructor() {
    this._rules = [];
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  addAddress(address, family = 'ipv4') {
    const a = toValue(address, family, 'address');
    this._rules.unshift({ family: a.family, lo: a.value, hi: a.value, text: `Address: ${label(a.family)} ${a.text}` });
  }

  addRange(start, end, family = 'ipv4') {
    const s = toValue(start, family, 'start');
    const e = toValue(end, family, 'end');
    if (s.value > e.value) throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    this._rules.unshift({ family: s.family, lo: s.value, hi: e.value, text: `Range: ${label(s.family)} ${s.text}-${e.text}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const n = toValue(network, family, 'network');
    const bits = n.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const hostBits = BigInt(bits - prefix);
    const lo = (n.value >> hostBits) << hostBits;
    const hi = lo | ((1n << hostBits) - 1n);
    this._rules.unshift({ family: n.family, lo, hi, text: `Subnet: ${label(n.family)} ${n.text}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let a;
    try {
      a = toValue(address, family, 'address');
    } catch (e) {
      if (e.code === 'ERR_INVALID_ARG_VALUE' && typeof address === 'string') return false;
      throw e;
    }
    for (const r of this._rules) {
      if (r.family === a.family) {
        if (a.value >= r.lo && a.value <= r.hi) return true;
      } else if (r.family === 'ipv4' && (a.value >> 32n) === 0xffffn) {
        const v4 = a.value & 0xffffffffn;
        if (v4 >= r.lo && v4 <= r.hi) return true;
      } else if (r.family === 'ipv6' && a.family === 'ipv4') {
        const mapped = MAPPED_PREFIX | a.value;
        if (mapped >= r.lo && mapped <= r.hi) return true;
      }
    }
    return false;
  }

  get rules() {
    return this._rules.map((r) => r.text);
  }
}

module.exports = { BlockList, ERR_INVALID_ARG_TYPE };
