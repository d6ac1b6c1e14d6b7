'use strict';
// IP address text checks (node's isIP/isIPv4/isIPv6): dotted quads without leading zeros, and
// IPv6 text with at most one `::`, an optional trailing dotted quad and an optional %zone.

function isIPv4(s) {
  if (typeof s !== 'string') s = `${s}`;
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (!/^(?:0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255) return false;
  }
  return true;
}

function isIPv6(s) {
  if (typeof s !== 'string') s = `${s}`;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    // A zone id as node accepts it: letters, digits, '-', '.' and ':'.
    if (!/^[0-9a-zA-Z\-.:]+$/.test(s.slice(pct + 1))) return false;
    s = s.slice(0, pct);
  }
  if (s.length < 2) return false;
  let groups = s.split(':');
  let quad = 0;
  const last = groups[groups.length - 1];
  if (last.includes('.')) {
    if (!isIPv4(last)) return false;
    groups = groups.slice(0, -1);
    groups.push('0', '0');
    quad = 1;
  }
  const dbl = s.indexOf('::');
  if (dbl !== -1 && s.indexOf('::', dbl + 1) !== -1) return false;
  if (dbl === -1) {
    if (groups.length !== 8) return false;
    return groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g));
  }
  // With '::' the empty strings around it stand for one or more zero groups.
  const [head, tail] = s.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  let tailGroups = tail === '' ? [] : tail.split(':');
  if (quad) tailGroups = tailGroups.slice(0, -1);
  const all = headGroups.concat(tailGroups);
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return all.length + quad * 2 <= 7;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
