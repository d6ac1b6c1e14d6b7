'use strict';
// Node's _tls_common: SecureContext (keys, certificates, CAs, protocol range) over the Java
// SecureContext of internalBinding('tls_wrap'), and the translation of a certificate's fields.

const binding = internalBinding('tls_wrap');
const { Buffer } = require('buffer');
const { FastBuffer } = require('buffer')[Symbol.for('jnode.buffer.internals')];
const { isArrayBufferView } = require('internal/util/types');
const {
  opensslError,
  sslError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_INVALID_PROTOCOL_VERSION, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');

const VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

function toBytes(value, name) {
  if (typeof value === 'string') return Buffer.from(value);
  if (isArrayBufferView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
}

// What OpenSSL says when a PEM or PKCS#12 input is refused (node passes its error through).
function contextError(reason) {
  switch (reason) {
    case 'bad decrypt': return opensslError('1C800064', 'Provider routines', 'bad decrypt');
    case 'mac verify failure': return opensslError('11800071', 'PKCS12 routines', 'mac verify failure');
    case 'not enough data': return opensslError('0680007B', 'asn1 encoding routines', 'header too long');
    case 'no certificate': return opensslError('0480006C', 'PEM routines', 'no start line', 'ERR_OSSL_PEM_NO_START_LINE');
    default: return opensslError('1E08010C', 'DECODER routines', 'unsupported');
  }
}

function check(reason) {
  if (reason != null) throw contextError(reason);
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  this.context = binding.context();
  binding.setProtocols(this.context, minVersion, maxVersion);
}

function toVersion(v, which, dflt) {
  if (v === undefined) return dflt;
  validateString(v, `options.${which}Version`);
  if (!VERSIONS.includes(v)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which === 'min' ? 'minimum' : 'maximum');
  return v;
}

function eachOf(value, fn) {
  if (Array.isArray(value)) value.forEach(fn);
  else if (value != null) fn(value);
}

function createSecureContext(options) {
  if (!options) options = {};
  else validateObject(options, 'options');
  const tls = require('tls');
  const minVersion = toVersion(options.minVersion, 'min', tls.DEFAULT_MIN_VERSION);
  const maxVersion = toVersion(options.maxVersion, 'max', tls.DEFAULT_MAX_VERSION);
  const c = new SecureContext(options.secureProtocol, options.secureOptions, minVersion, maxVersion);
  const ctx = c.context;

  eachOf(options.ca, (ca, i) => {
    const b = toBytes(ca, Array.isArray(options.ca) ? `options.ca[${i}]` : 'options.ca');
    check(binding.addCACert(ctx, b.buffer, b.byteOffset, b.byteLength));
  });
  eachOf(options.cert, (cert, i) => {
    const b = toBytes(cert, Array.isArray(options.cert) ? `options.cert[${i}]` : 'options.cert');
    check(binding.setCert(ctx, b.buffer, b.byteOffset, b.byteLength));
  });
  // key: a PEM, or { pem, passphrase } (node's multi-key form).
  eachOf(options.key, (key, i) => {
    const pem = key?.pem ?? key;
    const b = toBytes(pem, Array.isArray(options.key) ? `options.key[${i}]` : 'options.key');
    const pass = key?.passphrase ?? options.passphrase;
    check(binding.setKey(ctx, b.buffer, b.byteOffset, b.byteLength, pass == null ? null : String(pass)));
  });
  eachOf(options.pfx, (pfx) => {
    const buf = pfx?.buf ?? pfx;
    const pass = pfx?.passphrase ?? options.passphrase;
    const b = toBytes(buf, 'options.pfx');
    check(binding.loadPKCS12(ctx, b.buffer, b.byteOffset, b.byteLength, pass == null ? null : String(pass)));
  });
  if (options.key != null && options.cert != null && binding.keyMismatch(ctx)) {
    throw opensslError('05800074', 'x509 certificate routines', 'key values mismatch',
                       'ERR_OSSL_X509_KEY_VALUES_MISMATCH');
  }
  if (options.ciphers !== undefined && typeof options.ciphers !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.ciphers', 'string', options.ciphers);
  }
  const suites = cipherSuites(options.ciphers || tls.DEFAULT_CIPHERS);
  if (suites === null) throw sslError('no cipher match');
  binding.setCipherSuites(ctx, suites);
  if (options.ecdhCurve !== undefined && typeof options.ecdhCurve !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.ecdhCurve', 'string', options.ecdhCurve);
  }
  if (options.sessionIdContext !== undefined && typeof options.sessionIdContext !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.sessionIdContext', 'string', options.sessionIdContext);
  }
  if (options.privateKeyEngine !== undefined && typeof options.privateKeyEngine !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.privateKeyEngine', ['string', 'null', 'undefined'], options.privateKeyEngine);
  }
  if (options.secureProtocol !== undefined && typeof options.secureProtocol !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.secureProtocol', 'string', options.secureProtocol);
  }
  if (options.dhparam !== undefined && options.dhparam !== null && typeof options.dhparam !== 'string' &&
      !isArrayBufferView(options.dhparam)) {
    throw new ERR_INVALID_ARG_VALUE('options.dhparam', options.dhparam);
  }
  return c;
}

let suiteNames;
// OpenSSL's name of each suite the JDK has, to the JDK's (IANA) name.
function jdkSuites() {
  if (!suiteNames) {
    const { opensslCipherName } = require('_tls_wrap');
    suiteNames = new Map(Array.from(binding.cipherSuites(), (s) => [opensslCipherName(s), s]));
  }
  return suiteNames;
}

/**
 * An OpenSSL cipher list as the JDK suites to enable, in its order: named suites map one to one,
 * keywords (HIGH, DEFAULT...) add the JDK's remaining ones; TLS 1.3 suites stay unless some are named.
 */
function cipherSuites(list) {
  const jdk = jdkSuites();
  const named = [];
  let keyword = false;
  for (const token of list.split(/[:, ]+/)) {
    if (!token || token[0] === '!' || token[0] === '-' || token[0] === '@') continue;
    const name = token[0] === '+' ? token.slice(1) : token;
    if (jdk.has(name)) named.push(jdk.get(name));
    else if (/^[A-Z0-9]+$/.test(name) && !name.includes('-')) keyword = true;
  }
  const all = [...jdk.values()];
  const tls13 = all.filter((s) => /^TLS_(AES|CHACHA20)/.test(s));
  const out = named.some((s) => tls13.includes(s)) ? named : [...tls13, ...named];
  if (keyword) for (const s of all) if (!out.includes(s)) out.push(s);
  if (!named.some((s) => !tls13.includes(s)) && !keyword) return null;
  return out;
}

function nameObject(pairs) {
  const out = { __proto__: null };
  for (let i = 0; i < pairs.length; i += 2) {
    const k = pairs[i];
    const v = pairs[i + 1];
    if (k in out) out[k] = Array.isArray(out[k]) ? [...out[k], v] : [out[k], v];
    else out[k] = v;
  }
  return out;
}

function bufferOf(bytes) {
  return Buffer.from(bytes);
}

/** The binding's flat (key, value) list of a certificate as node's certificate object. */
function translatePeerCertificate(pairs) {
  if (pairs == null) return null;
  const c = {};
  for (let i = 0; i < pairs.length; i += 2) {
    const k = pairs[i];
    const v = pairs[i + 1];
    if (k === 'subject' || k === 'issuer') c[k] = nameObject(v);
    else if (k === 'raw' || k === 'pubkey') c[k] = bufferOf(v);
    else if (k === 'ext_key_usage') c[k] = Array.from(v);
    else c[k] = v;
  }
  return c;
}

/** A Java direct ByteBuffer as a Buffer, zero-copy. */
function fromDirect(bb) {
  return new FastBuffer(new ArrayBuffer(bb));
}

module.exports = {
  SecureContext,
  createSecureContext,
  translatePeerCertificate,
  fromDirect,
  toBytes,
};
