'use strict';
// The `url` module: WHATWG URL/URLSearchParams and helpers, plus the legacy url.parse /
// url.format / url.resolve API (internal/url/legacy.js).

const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
} = require('internal/url');

// The legacy API is loaded on first use.
let legacy;
const getLegacy = () => (legacy ??= require('internal/url/legacy'));

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};

const legacyNames = { Url: 'Url', parse: 'urlParse', resolve: 'urlResolve', resolveObject: 'urlResolveObject', format: 'urlFormat' };
const ordered = {};
for (const [name, internal] of Object.entries(legacyNames)) {
  Object.defineProperty(ordered, name, {
    get() { return getLegacy()[internal]; },
    set(value) { Object.defineProperty(ordered, name, { value, writable: true, enumerable: true, configurable: true }); },
    enumerable: true,
    configurable: true,
  });
}
// Node's key order: the legacy API first.
module.exports = Object.defineProperties(ordered, Object.getOwnPropertyDescriptors(module.exports));
