'use strict';
// node:tls — TLS over net, on the JDK's SSLEngine (internalBinding('tls_wrap')). The socket and
// server live in _tls_wrap, secure contexts in _tls_common; this file holds the module's surface:
// constants, checkServerIdentity, getCiphers, rootCertificates, convertALPNProtocols.

const net = require('net');
const binding = internalBinding('tls_wrap');
const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const { createSecureContext, SecureContext, fromDirect } = require('_tls_common');
const { TLSSocket, Server, createServer, connect, opensslCipherName } = require('_tls_wrap');
const {
  codes: { ERR_TLS_CERT_ALTNAME_INVALID, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');

let ciphers;
function getCiphers() {
  ciphers ??= [...new Set(Array.from(binding.cipherSuites(), (s) => opensslCipherName(s).toLowerCase()))].sort();
  return ciphers.slice();
}

let roots;
function rootCertificates() {
  roots ??= Object.freeze(Array.from(binding.rootCertificates(), (bb) => {
    const b64 = fromDirect(bb).toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
    return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----`;
  }));
  return roots;
}

/** ALPN names as the wire's length-prefixed list, in out.ALPNProtocols (node's helper). */
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = protocols.map((p) => {
      const b = Buffer.from(p);
      if (b.length > 255) throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' +
        `${protocols.indexOf(p)} exceeds the maximum length.`, '<= 255', b.length, true);
      return Buffer.concat([Buffer.from([b.length]), b]);
    });
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (isArrayBufferView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

// Lower-cases ASCII only, as node does, so non-ASCII names never match by case folding.
function splitHost(host) {
  return unfqdn(host).replace(/[A-Z]+/g, (c) => c.toLowerCase()).split('.');
}

function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  if (patternParts.some((p) => /[^\u0021-\u007F]/u.test(p))) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSub = hostParts[0];
  const patternSub = patternParts[0];
  const pieces = patternSub.split('*');
  // A name without a wildcard, or an IDN label, matches only itself.
  if (pieces.length === 1 || patternSub.includes('xn--')) return hostSub === patternSub;
  if (!wildcards || pieces.length > 2 || patternParts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  if (prefix.length + suffix.length > hostSub.length) return false;
  return hostSub.startsWith(prefix) && hostSub.endsWith(suffix);
}

// Alt names split on ", ", except inside the quotes OpenSSL puts around names holding commas.
function splitAltNames(altNames) {
  if (!altNames.includes('"')) return altNames.split(', ');
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < altNames.length; i++) {
    const ch = altNames[i];
    if (ch === '"') {
      quoted = !quoted;
    } else if (ch === '\\' && quoted) {
      cur += altNames[++i];
    } else if (!quoted && altNames.startsWith(', ', i)) {
      out.push(cur);
      cur = '';
      i++;
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

// One spelling per address, so 0:0::1 and ::1 compare equal (the URL parser compresses IPv6).
function canonicalizeIP(ip) {
  if (!net.isIPv6(ip)) return ip;
  return new URL(`http://[${ip}]`).hostname.slice(1, -1);
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some(wildcard) : wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers,
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('createSecurePair');
  },
};

Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  get: rootCertificates,
});
