'use strict';
// tls: not implemented yet (the JDK's SSLEngine over net.Socket would carry it). The module
// loads, with node's constants, so that packages which require('tls') at the top and use it only
// when asked (database clients: ioredis, pg, mysql2) run over plain TCP; anything that needs
// TLS throws node's ERR_METHOD_NOT_IMPLEMENTED, as zlib's Brotli does.

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

function unavailable(name) {
  return { [name]() { throw new ERR_METHOD_NOT_IMPLEMENTED(name); } }[name];
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
  getCiphers: unavailable('getCiphers'),
  convertALPNProtocols: unavailable('convertALPNProtocols'),
  checkServerIdentity: unavailable('checkServerIdentity'),
  createSecureContext: unavailable('createSecureContext'),
  SecureContext: unavailable('SecureContext'),
  TLSSocket: unavailable('TLSSocket'),
  Server: unavailable('Server'),
  createServer: unavailable('createServer'),
  connect: unavailable('connect'),
  createSecurePair: unavailable('createSecurePair'),
};
