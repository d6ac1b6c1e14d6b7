'use strict';
// The DNS message format (RFC 1035, with AAAA, SRV, NAPTR and CAA): a query's bytes, and a
// response parsed into header fields and answer records shaped as node's resolve* results.
// Pure functions over Buffers; the transport is internal/dns/channel.

const { Buffer } = require('buffer');
const { formatIPv6 } = require('internal/net/socketaddress');

const TYPES = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257,
};
const TYPE_NAMES = Object.fromEntries(Object.entries(TYPES).map(([k, v]) => [v, k]));
const CLASS_IN = 1;
const FLAG_RD = 0x0100;
const FLAG_TC = 0x0200;

/** Thrown by encodeQuery for a name DNS cannot carry (c-ares's ARES_EBADNAME). */
class BadName extends RangeError {}

/** A standard recursive query for `name` (dots between labels, an optional final dot). */
function encodeQuery(id, name, type) {
  const labels = name === '' || name === '.' ? [] : name.replace(/\.$/, '').split('.');
  const parts = [];
  let total = 1;
  for (const label of labels) {
    const bytes = Buffer.from(label, 'latin1');
    if (bytes.length === 0 || bytes.length > 63) throw new BadName(name);
    parts.push(Buffer.from([bytes.length]), bytes);
    total += bytes.length + 1;
  }
  if (total > 255) throw new BadName(name);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(FLAG_RD, 2);
  header.writeUInt16BE(1, 4);
  const tail = Buffer.alloc(5);
  tail.writeUInt16BE(type, 1);
  tail.writeUInt16BE(CLASS_IN, 3);
  return Buffer.concat([header, ...parts, tail]);
}

/** Reads a possibly compressed name at `offset`: [name, offset after it]. */
function readName(buf, offset) {
  const labels = [];
  let end = -1;
  for (let jumps = 0; ; ) {
    if (offset >= buf.length) throw new RangeError('name past end');
    const len = buf[offset];
    if (len === 0) {
      offset++;
      break;
    }
    if ((len & 0xc0) === 0xc0) {
      if (++jumps > 64) throw new RangeError('compression loop');
      if (end < 0) end = offset + 2;
      offset = ((len & 0x3f) << 8) | buf[offset + 1];
      continue;
    }
    labels.push(buf.toString('latin1', offset + 1, offset + 1 + len).replace(/\./g, '\\.'));
    offset += len + 1;
  }
  return [labels.join('.'), end < 0 ? offset : end];
}

function readString(buf, offset) {
  const len = buf[offset];
  return [buf.toString('utf8', offset + 1, offset + 1 + len), offset + 1 + len];
}

/** The rdata of one record, as node shapes it; null for a type it does not report. */
function readData(buf, type, offset, length) {
  const end = offset + length;
  switch (type) {
    case TYPES.A:
      return length === 4 ? `${buf[offset]}.${buf[offset + 1]}.${buf[offset + 2]}.${buf[offset + 3]}` : null;
    case TYPES.AAAA:
      return length === 16 ? formatIPv6(buf.readBigUInt64BE(offset) << 64n | buf.readBigUInt64BE(offset + 8)) : null;
    case TYPES.NS:
    case TYPES.CNAME:
    case TYPES.PTR:
      return readName(buf, offset)[0];
    case TYPES.MX:
      return { exchange: readName(buf, offset + 2)[0], priority: buf.readUInt16BE(offset) };
    case TYPES.TXT: {
      const entries = [];
      for (let o = offset; o < end;) {
        let s;
        [s, o] = readString(buf, o);
        entries.push(s);
      }
      return entries;
    }
    case TYPES.SRV:
      return {
        name: readName(buf, offset + 6)[0],
        port: buf.readUInt16BE(offset + 4),
        priority: buf.readUInt16BE(offset),
        weight: buf.readUInt16BE(offset + 2),
      };
    case TYPES.NAPTR: {
      let o = offset + 4;
      let flags, service, regexp;
      [flags, o] = readString(buf, o);
      [service, o] = readString(buf, o);
      [regexp, o] = readString(buf, o);
      return {
        flags, service, regexp,
        replacement: readName(buf, o)[0],
        order: buf.readUInt16BE(offset),
        preference: buf.readUInt16BE(offset + 2),
      };
    }
    case TYPES.SOA: {
      const [nsname, o1] = readName(buf, offset);
      const [hostmaster, o] = readName(buf, o1);
      return {
        nsname, hostmaster,
        serial: buf.readUInt32BE(o),
        refresh: buf.readInt32BE(o + 4),
        retry: buf.readInt32BE(o + 8),
        expire: buf.readInt32BE(o + 12),
        minttl: buf.readUInt32BE(o + 16),
      };
    }
    case TYPES.CAA: {
      const tagLength = buf[offset + 1];
      const tag = buf.toString('latin1', offset + 2, offset + 2 + tagLength);
      return { critical: buf[offset], [tag]: buf.toString('utf8', offset + 2 + tagLength, end) };
    }
    default:
      return null;
  }
}

/**
 * {id, tc, rcode, question: {name, type} | undefined, answers: [{name, type, ttl, data}]};
 * throws RangeError on a malformed message.
 */
function decodeResponse(buf) {
  if (buf.length < 12) throw new RangeError('short message');
  const flags = buf.readUInt16BE(2);
  const qdcount = buf.readUInt16BE(4);
  const ancount = buf.readUInt16BE(6);
  let offset = 12;
  let question;
  for (let i = 0; i < qdcount; i++) {
    let name;
    [name, offset] = readName(buf, offset);
    if (i === 0) question = { name, type: buf.readUInt16BE(offset) };
    offset += 4;
  }
  const answers = [];
  for (let i = 0; i < ancount; i++) {
    let name;
    [name, offset] = readName(buf, offset);
    if (offset + 10 > buf.length) throw new RangeError('record past end');
    const type = buf.readUInt16BE(offset);
    const ttl = buf.readUInt32BE(offset + 4);
    const length = buf.readUInt16BE(offset + 8);
    offset += 10;
    if (offset + length > buf.length) throw new RangeError('record past end');
    if (buf.readUInt16BE(offset - 8) === CLASS_IN) {
      const data = readData(buf, type, offset, length);
      if (data !== null) answers.push({ name, type, ttl, data });
    }
    offset += length;
  }
  return { id: buf.readUInt16BE(0), tc: (flags & FLAG_TC) !== 0, rcode: flags & 0xf, question, answers };
}

module.exports = { TYPES, TYPE_NAMES, BadName, encodeQuery, decodeResponse };
