'use strict';
// The WHATWG URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser) over a plain
// record { scheme, username, password, host, port, path, query, fragment }. `host` is the
// serialized host or null; `path` is an array of segments, or a string for opaque paths.
// Returns the record, or null on failure.

const punycode = require('punycode');

const specialPorts = { 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
const isSpecialScheme = (s) => Object.prototype.hasOwnProperty.call(specialPorts, s);

// --- percent-encode sets -------------------------------------------------------------------
const inC0 = (c) => c < 0x20 || c > 0x7E;
const inFragment = (c) => inC0(c) || c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E || c === 0x60;
const inQuery = (c) => inC0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C || c === 0x3E;
const inSpecialQuery = (c) => inQuery(c) || c === 0x27;
const inPath = (c) => inQuery(c) || c === 0x3F || c === 0x60 || c === 0x7B || c === 0x7D;
const inUserinfo = (c) => inPath(c) || c === 0x2F || c === 0x3A || c === 0x3B || c === 0x3D || c === 0x40 ||
  (c >= 0x5B && c <= 0x5E) || c === 0x7C;
const inComponent = (c) => inUserinfo(c) || (c >= 0x24 && c <= 0x26) || c === 0x2B || c === 0x2C;
const inFormUrlencoded = (c) => inComponent(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7E;

const hex = [];
for (let i = 0; i < 256; i++) hex.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

const encoder = new TextEncoder();

// UTF-8 percent-encodes code points in `set`; lone surrogates become U+FFFD.
function percentEncode(str, set, spaceAsPlus = false) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) {
      if (spaceAsPlus && c === 0x20) out += '+';
      else out += set(c) ? hex[c] : str[i];
      continue;
    }
    let ch = str[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        ch += str[i + 1];
        i++;
      }
    }
    for (const b of encoder.encode(ch)) out += hex[b];
  }
  return out;
}

const isHex = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

function percentDecodeBytes(str) {
  const bytes = encoder.encode(str);
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.subarray(0, n);
}

const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const percentDecode = (str) => utf8Decoder.decode(percentDecodeBytes(str));

// --- hosts -----------------------------------------------------------------------------------

function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s[0] === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '') return 0;
  const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(addr) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(addr % 256));
    addr = Math.floor(addr / 256);
  }
  return out.join('.');
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const c = (i = p) => input.charCodeAt(i);
  const hexVal = (ch) => parseInt(String.fromCharCode(ch), 16);
  if (c() === 0x3A) {
    if (c(p + 1) !== 0x3A) return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (p < input.length) {
    if (pieceIndex === 8) return null;
    if (c() === 0x3A) {
      if (compress !== null) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && p < input.length && isHex(c())) {
      value = value * 0x10 + hexVal(c());
      p++;
      length++;
    }
    if (c() === 0x2E) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (p < input.length) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (c() === 0x2E && numbersSeen < 4) p++;
          else return null;
        }
        if (!(c() >= 0x30 && c() <= 0x39)) return null;
        while (c() >= 0x30 && c() <= 0x39) {
          const number = c() - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (c() === 0x3A) {
      p++;
      if (p >= input.length) return null;
    } else if (p < input.length) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // Compress the first longest run (length > 1) of zero pieces.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (best === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return `[${out}]`;
}

// eslint-disable-next-line no-control-regex
const forbiddenHost = /[\x00\t\n\r #/:<>?@[\\\]^|]/;
// eslint-disable-next-line no-control-regex
const forbiddenDomain = /[\x00-\x1f\t\n\r #%/:<>?@[\\\]^|\x7f]/;

// UTS #46 processing, approximated by NFKC + lower-casing, then Punycode per label.
function domainToASCIIInternal(domain) {
  let mapped = domain.replace(/[\u00AD\u200B\u2060\uFEFF\u034F\u180B-\u180D\uFE00-\uFE0F]/g, '');
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(mapped)) mapped = mapped.normalize('NFKC');
  mapped = mapped.toLowerCase();
  mapped = mapped.replace(/[\u3002\uFF0E\uFF61]/g, '.');
  const labels = mapped.split('.');
  const out = [];
  for (const label of labels) {
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(label)) {
      if (label.startsWith('xn--')) return null;
      try {
        out.push('xn--' + punycode.encode(label));
      } catch {
        return null;
      }
    } else {
      if (label.startsWith('xn--')) {
        try {
          const decoded = punycode.decode(label.slice(4));
          // A valid A-label decodes to non-ASCII text that is already in mapped form.
          // eslint-disable-next-line no-control-regex
          if (!/[^\x00-\x7f]/.test(decoded) || /[\x80-\x9f]/.test(decoded) ||
              decoded.normalize('NFKC').toLowerCase() !== decoded) {
            return null;
          }
        } catch {
          return null;
        }
      }
      out.push(label);
    }
  }
  const result = out.join('.');
  if (result === '') return null;
  return result;
}

function parseOpaqueHost(input) {
  if (forbiddenHost.test(input)) return null;
  return percentEncode(input, inC0);
}

function parseHost(input, isNotSpecial) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const addr = parseIPv6(input.slice(1, -1));
    return addr === null ? null : serializeIPv6(addr);
  }
  if (isNotSpecial) return parseOpaqueHost(input);
  const domain = percentDecode(input);
  const asciiDomain = domainToASCIIInternal(domain);
  if (asciiDomain === null || forbiddenDomain.test(asciiDomain)) return null;
  if (endsInANumber(asciiDomain)) {
    const ipv4 = parseIPv4(asciiDomain);
    return ipv4 === null ? null : serializeIPv4(ipv4);
  }
  return asciiDomain;
}

// --- the state machine ---------------------------------------------------------------------

const isAlpha = (ch) => ch !== undefined && /^[A-Za-z]$/.test(ch);
const isWindowsDriveLetter = (s, normalizedOnly = false) => s.length === 2 && isAlpha(s[0]) &&
  (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
const startsWithWindowsDriveLetter = (cps, p) => p + 1 < cps.length && isAlpha(cps[p]) &&
  (cps[p + 1] === ':' || cps[p + 1] === '|') &&
  (p + 2 === cps.length || ['/', '\\', '?', '#'].includes(cps[p + 2]));
const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => ['..', '.%2e', '%2e.', '%2e%2e'].includes(s.toLowerCase());

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

const EOF = undefined;

function newRecord() {
  return {
    scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null,
  };
}

function cloneRecord(r) {
  return { ...r, path: Array.isArray(r.path) ? r.path.slice() : r.path };
}

/**
 * basicParse(input, base, url, stateOverride): with `url` and `stateOverride` it modifies
 * url in place (setters) and returns url, or null/false when the setter must do nothing.
 */
function basicParse(input, base = null, url = null, stateOverride = null) {
  if (url === null) {
    url = newRecord();
    // eslint-disable-next-line no-control-regex
    input = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  let state = stateOverride || 'scheme start';
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const cps = Array.from(input);
  const special = () => isSpecialScheme(url.scheme);

  for (let p = 0; ; p++) {
    const c = cps[p];
    switch (state) {
      case 'scheme start':
        if (isAlpha(c)) {
          buffer += c.toLowerCase();
          state = 'scheme';
        } else if (!stateOverride) {
          state = 'no scheme';
          p--;
        } else {
          return null;
        }
        break;

      case 'scheme':
        if (c !== EOF && /^[A-Za-z0-9+\-.]$/.test(c)) {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return null;
            if ((url.username !== '' || url.password !== '' || url.port !== null) && buffer === 'file') return null;
            if (url.scheme === 'file' && url.host === '') return null;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === specialPorts[url.scheme]) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = 'file';
          } else if (special() && base !== null && base.scheme === url.scheme) {
            state = 'special relative or authority';
          } else if (special()) {
            state = 'special authority slashes';
          } else if (cps[p + 1] === '/') {
            state = 'path or authority';
            p++;
          } else {
            url.path = '';
            state = 'opaque path';
          }
        } else if (!stateOverride) {
          buffer = '';
          state = 'no scheme';
          p = -1;
        } else {
          return null;
        }
        break;

      case 'no scheme':
        if (base === null || (typeof base.path === 'string' && c !== '#')) return null;
        if (typeof base.path === 'string' && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = 'fragment';
        } else if (base.scheme !== 'file') {
          state = 'relative';
          p--;
        } else {
          state = 'file';
          p--;
        }
        break;

      case 'special relative or authority':
        if (c === '/' && cps[p + 1] === '/') {
          state = 'special authority ignore slashes';
          p++;
        } else {
          state = 'relative';
          p--;
        }
        break;

      case 'path or authority':
        if (c === '/') {
          state = 'authority';
        } else {
          state = 'path';
          p--;
        }
        break;

      case 'relative':
        url.scheme = base.scheme;
        if (c === '/') {
          state = 'relative slash';
        } else if (special() && c === '\\') {
          state = 'relative slash';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = 'query';
          } else if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = 'path';
            p--;
          }
        }
        break;

      case 'relative slash':
        if (special() && (c === '/' || c === '\\')) {
          state = 'special authority ignore slashes';
        } else if (c === '/') {
          state = 'authority';
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = 'path';
          p--;
        }
        break;

      case 'special authority slashes':
        if (c === '/' && cps[p + 1] === '/') {
          state = 'special authority ignore slashes';
          p++;
        } else {
          state = 'special authority ignore slashes';
          p--;
        }
        break;

      case 'special authority ignore slashes':
        if (c !== '/' && c !== '\\') {
          state = 'authority';
          p--;
        }
        break;

      case 'authority':
        if (c === '@') {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          for (const ch of buffer) {
            if (ch === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const enc = percentEncode(ch, inUserinfo);
            if (passwordTokenSeen) url.password += enc;
            else url.username += enc;
          }
          buffer = '';
        } else if (c === EOF || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
          if (atSignSeen && buffer === '') return null;
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = 'host';
        } else {
          buffer += c;
        }
        break;

      case 'host':
      case 'hostname':
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = 'file host';
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return null;
          if (stateOverride === 'hostname') return null;
          const host = parseHost(buffer, !special());
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = 'port';
        } else if (c === EOF || c === '/' || c === '?' || c === '#' || (special() && c === '\\')) {
          p--;
          if (special() && buffer === '') return null;
          if (stateOverride && buffer === '' && (url.username !== '' || url.password !== '' || url.port !== null)) {
            return null;
          }
          const host = parseHost(buffer, !special());
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = 'path start';
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;

      case 'port':
        if (c !== EOF && /^[0-9]$/.test(c)) {
          buffer += c;
        } else if (c === EOF || c === '/' || c === '?' || c === '#' || (special() && c === '\\') || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return null;
            url.port = specialPorts[url.scheme] === port ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = 'path start';
          p--;
        } else {
          return null;
        }
        break;

      case 'file':
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = 'file slash';
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = 'query';
          } else if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, p)) {
              shortenPath(url);
            } else {
              url.path = [];
            }
            state = 'path';
            p--;
          }
        } else {
          state = 'path';
          p--;
        }
        break;

      case 'file slash':
        if (c === '/' || c === '\\') {
          state = 'file host';
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, p) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = 'path';
          p--;
        }
        break;

      case 'file host':
        if (c === EOF || c === '/' || c === '\\' || c === '?' || c === '#') {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = 'path';
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = 'path start';
          } else {
            let host = parseHost(buffer, !special());
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = 'path start';
          }
        } else {
          buffer += c;
        }
        break;

      case 'path start':
        if (special()) {
          state = 'path';
          if (c !== '/' && c !== '\\') p--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = 'query';
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== EOF) {
          state = 'path';
          if (c !== '/') p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case 'path':
        if (c === EOF || c === '/' || (special() && c === '\\') || (!stateOverride && (c === '?' || c === '#'))) {
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (c !== '/' && !(special() && c === '\\')) url.path.push('');
          } else if (isSingleDot(buffer) && c !== '/' && !(special() && c === '\\')) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = 'query';
          }
          if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          }
        } else {
          buffer += percentEncode(c, inPath);
        }
        break;

      case 'opaque path':
        if (c === '?') {
          url.query = '';
          state = 'query';
        } else if (c === '#') {
          url.fragment = '';
          state = 'fragment';
        } else if (c !== EOF) {
          url.path += percentEncode(c, inC0);
        }
        break;

      case 'query':
        if ((!stateOverride && c === '#') || c === EOF) {
          url.query += percentEncode(buffer, special() ? inSpecialQuery : inQuery);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = 'fragment';
          }
        } else if (c !== EOF) {
          buffer += c;
        }
        break;

      case 'fragment':
        if (c !== EOF) url.fragment += percentEncode(c, inFragment);
        break;

      default:
        throw new Error(`unknown URL parser state ${state}`);
    }
    // The spec stops once a run ends with the pointer on EOF (a state may step back first).
    if (p >= cps.length) break;
  }
  return url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const segment of url.path) out += '/' + segment;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  }
  if (url.host === null && typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url));
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) return serializeOrigin(inner);
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? ':' + url.port : ''}`;
    default:
      return 'null';
  }
}

// domainToASCII/domainToUnicode: '' for an invalid domain.
function domainToASCII(domain) {
  const host = parseHost(domain, false);
  if (host === null || host[0] === '[') return host === null ? '' : host;
  return host;
}

function domainToUnicode(domain) {
  const ascii = domainToASCII(domain);
  if (ascii === '') return '';
  return ascii.split('.').map((label) => {
    if (!label.startsWith('xn--')) return label;
    try {
      return punycode.decode(label.slice(4));
    } catch {
      return label;
    }
  }).join('.');
}

module.exports = {
  basicParse,
  serializeURL,
  serializePath,
  serializeOrigin,
  cloneRecord,
  isSpecialScheme,
  specialPorts,
  percentEncode,
  percentDecodeBytes,
  inUserinfo,
  inFormUrlencoded,
  inPath,
  inFragment,
  domainToASCII,
  domainToUnicode,
};
