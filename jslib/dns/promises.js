'use strict';
// dns.promises: lookup returning a promise of {address, family} (or the list with `all`), and the
// record queries (resolve*, reverse, Resolver) as promises over the same channels as dns.

const dns = require('dns');
const { isIP } = require('internal/net/ip');
const { dnsException, codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateString } = require('internal/validators');
const {
  QueryReqWrap,
  ResolverBase,
  RRTYPE_METHODS,
  RESOLVE_METHODS,
  getDefaultResolver,
  runQuery,
} = require('internal/dns/resolver');

const {
  parseLookupOptions, getaddrinfo, validateLookupService, getnameinfo, emitInvalidHostnameWarning, errorCodes,
} = dns[Symbol.for('jnode.dns.internals')];

function lookup(hostname, options) {
  const o = parseLookupOptions(hostname, options, undefined, false);
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return Promise.resolve(o.all ? [] : { address: null, family: o.family === 6 ? 6 : 4 });
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily !== 0) {
    const result = { address: hostname, family: matchedFamily };
    return Promise.resolve(o.all ? [result] : result);
  }
  return new Promise((resolve, reject) => {
    getaddrinfo(hostname, o, (err, list) => {
      if (err) reject(err);
      else resolve(o.all ? list : list[0]);
    });
  });
}

function lookupService(address, port) {
  port = validateLookupService(arguments, address, port, false);
  return new Promise((resolve, reject) => {
    getnameinfo(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

function onresolve(err, result, ttls) {
  if (err) return this.reject(dnsException(err, this.bindingName, this.hostname));
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  this.resolve(result);
}

/** The promise form of one record query: method(name[, options]). */
function resolver(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    return new Promise((resolve, reject) => {
      const req = new QueryReqWrap();
      req.bindingName = bindingName;
      req.hostname = name;
      req.oncomplete = onresolve;
      req.resolve = resolve;
      req.reject = reject;
      req.ttl = !!(options && options.ttl);
      const err = runQuery(this._handle, bindingName, name, (...args) => req.oncomplete(...args));
      if (err) reject(dnsException(err, bindingName, name));
    });
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}

for (const [method, bindingName] of Object.entries(RESOLVE_METHODS)) {
  Resolver.prototype[method] = resolver(bindingName);
}

Resolver.prototype.resolve = function resolve(hostname, rrtype) {
  let method = 'resolve4';
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    method = RRTYPE_METHODS[rrtype];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  }
  return Reflect.apply(Resolver.prototype[method], this, [hostname]);
};

// The default resolver is shared with dns: dns.setServers applies here too.
const defaultResolverMethods = {};
for (const method of ['getServers', 'resolve', ...Object.keys(RESOLVE_METHODS).sort()]) {
  defaultResolverMethods[method] = {
    [method](...args) { return Reflect.apply(Resolver.prototype[method], getDefaultResolver(), args); },
  }[method];
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  setServers: dns.setServers,
  ...errorCodes,
  ...defaultResolverMethods,
};
