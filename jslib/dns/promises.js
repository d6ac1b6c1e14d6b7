'use strict';
// dns.promises: lookup returning a promise of {address, family} (or the list with `all`).

const dns = require('dns');
const { isIP } = require('internal/net/ip');

const { parseLookupOptions, getaddrinfo, emitInvalidHostnameWarning, errorCodes } =
  dns[Symbol.for('jnode.dns.internals')];

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
    getaddrinfo(hostname, o.family, o.hints, o.order, (err, list) => {
      if (err) reject(err);
      else resolve(o.all ? list : list[0]);
    });
  });
}

module.exports = {
  lookup,
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  ...errorCodes,
};
