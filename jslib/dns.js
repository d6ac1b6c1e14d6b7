'use strict';
// Node's `dns` module. lookup: getaddrinfo runs on a worker thread (cares_wrap binding) and
// answers in the resolver's order (node 20's default 'verbatim'). The record queries (resolve*,
// reverse, Resolver) speak DNS to the configured servers themselves (internal/dns/channel).

const cares = internalBinding('cares_wrap');
const { isIP } = require('internal/net/ip');
const { startPerf, stopPerf } = require('internal/perf/observe');
const {
  dnsException,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  QueryReqWrap,
  ResolverBase,
  RRTYPE_METHODS,
  RESOLVE_METHODS,
  getDefaultResolver,
  runQuery,
  setDefaultResolver,
} = require('internal/dns/resolver');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateOneOf,
  validatePort,
  validateString,
} = require('internal/validators');

// getaddrinfo's ai_flags on Linux.
const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;
const validFamilies = [0, 4, 6];

let defaultResultOrder = 'verbatim';
let warnedInvalidHostname = false;

function emitInvalidHostnameWarning(hostname) {
  if (warnedInvalidHostname) return;
  warnedInvalidHostname = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
}

/** Parses lookup's (hostname, options) the way node does; shared with dns.promises. */
function parseLookupOptions(hostname, options, callback, needCallback) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = defaultResultOrder;
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    if (needCallback) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    if (needCallback) validateFunction(arguments.length === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (needCallback) validateFunction(callback, 'callback');
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        validateOneOf(options.family, 'options.family', validFamilies);
        family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
      order = options.order;
    }
  }
  if (needCallback) validateFunction(callback, 'callback');
  return { hints, family, all, order, callback };
}

function sortAddresses(addresses, families, order) {
  const list = addresses.map((a, i) => ({ address: a, family: families[i] }));
  if (order === 'ipv4first') list.sort((a, b) => (a.family === b.family ? 0 : a.family === 4 ? -1 : 1));
  else if (order === 'ipv6first') list.sort((a, b) => (a.family === b.family ? 0 : a.family === 6 ? -1 : 1));
  return list;
}

// Runs getaddrinfo with lookup's parsed options `o`; done(err, [{address, family}]). A 'dns'
// PerformanceObserver gets a 'lookup' entry for each that succeeds, as in node.
function getaddrinfo(hostname, o, done) {
  const timing = startPerf('dns', 'lookup',
    { hostname, family: o.family, hints: o.hints, verbatim: o.order === 'verbatim', order: o.order });
  cares.getaddrinfo(hostname, o.family, o.hints, (status, addresses, families) => {
    if (status !== 0) return done(dnsException(status, 'getaddrinfo', hostname));
    const list = sortAddresses(Array.from(addresses), Array.from(families), o.order);
    // EAI_NODATA-like: an answer with no addresses of a family we understand.
    if (list.length === 0) return done(dnsException(-3008, 'getaddrinfo', hostname));
    stopPerf(timing, { addresses: o.all ? list : list.map((a) => a.address) });
    done(null, list);
  });
}

function lookup(hostname, options, callback) {
  const o = parseLookupOptions(hostname, options, callback, true);
  callback = o.callback;
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (o.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, o.family === 6 ? 6 : 4);
    return {};
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (o.all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }
  const req = { hostname, family: o.family };
  getaddrinfo(hostname, o, (err, list) => {
    if (err) return callback(err);
    if (o.all) callback(null, list);
    else callback(null, list[0].address, list[0].family);
  });
  return req;
}

Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  enumerable: false,
  get() { return require('dns/promises').lookup; },
});

/** Checks lookupService's arguments as node does; the port as a number. */
function validateLookupService(args, address, port, needCallback) {
  const { codes: { ERR_INVALID_ARG_VALUE: InvalidValue, ERR_MISSING_ARGS } } = require('internal/errors');
  if (args.length < (needCallback ? 3 : 2)) {
    throw new ERR_MISSING_ARGS('address', 'port', ...(needCallback ? ['callback'] : []));
  }
  if (isIP(address) === 0) throw new InvalidValue('address', address);
  return validatePort(port);
}

/** Runs getnameinfo; done(err, hostname, service). */
function getnameinfo(address, port, done) {
  const timing = startPerf('dns', 'lookupService', { host: address, port });
  cares.getnameinfo(address, port, (status, hostname, service) => {
    if (status !== 0) return done(dnsException(status, 'getnameinfo', address));
    stopPerf(timing, { hostname, service });
    done(null, hostname, service);
  });
}

function lookupService(address, port, callback) {
  port = validateLookupService(arguments, address, port, true);
  validateFunction(callback, 'callback');
  getnameinfo(address, port, callback);
  return {};
}

Object.defineProperty(lookupService, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  enumerable: false,
  get() { return require('dns/promises').lookupService; },
});

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultResultOrder = order;
}

function onresolve(err, result, ttls) {
  if (err) return this.callback(dnsException(err, this.bindingName, this.hostname));
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  this.callback(null, result);
}

/** The callback form of one record query: method(name[, options], callback). */
function resolver(bindingName) {
  function query(name, /* options, */ callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = !!(options && options.ttl);
    const err = runQuery(this._handle, bindingName, name, (...args) => req.oncomplete(...args));
    if (err) throw dnsException(err, bindingName, name);
    return req;
  }
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}

for (const [method, bindingName] of Object.entries(RESOLVE_METHODS)) {
  Resolver.prototype[method] = resolver(bindingName);
}

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'string') {
    method = RRTYPE_METHODS[rrtype];
  } else if (typeof rrtype === 'function') {
    method = 'resolve4';
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return Reflect.apply(Resolver.prototype[method], this, [hostname, callback]);
};

// dns.setServers starts a fresh default resolver, so queries in flight keep their servers.
function setServers(servers) {
  const fresh = new Resolver();
  fresh.setServers(servers);
  setDefaultResolver(fresh);
}

function getServers() {
  return Resolver.prototype.getServers.call(getDefaultResolver());
}

// The module-level record queries, in node's order, acting on the current default resolver.
const defaultResolverMethods = {};
for (const method of ['resolve', ...Object.keys(RESOLVE_METHODS).sort()]) {
  defaultResolverMethods[method] = {
    [method](...args) { return Reflect.apply(Resolver.prototype[method], getDefaultResolver(), args); },
  }[method];
}

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
  getServers,
  ...defaultResolverMethods,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('dns/promises'); },
});

// For dns/promises.
Object.defineProperty(module.exports, Symbol.for('jnode.dns.internals'), {
  value: { parseLookupOptions, getaddrinfo, validateLookupService, getnameinfo, emitInvalidHostnameWarning, errorCodes },
});
