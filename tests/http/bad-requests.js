'use strict';
// Malformed requests and node's exact answer to each: [name, bytes, llhttp's code, response].
// Shared by test-http-bad-requests.js (one of each) and reliability/test-reliability-http-hostile.js
// (thousands, interleaved with valid ones).
const BAD = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const TOO_LARGE = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const cases = [
  ['bad request line', 'GET\r\n\r\n', 'HPE_INVALID_METHOD', BAD],
  ['bad method char', 'G@T / HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_METHOD', BAD],
  ['unknown method', 'FOO / HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_METHOD', BAD],
  ['bad version', 'GET / HTTP/1.x\r\nHost: a\r\n\r\n', 'HPE_INVALID_VERSION', BAD],
  ['unsupported version', 'GET / HTTP/1.2\r\nHost: a\r\n\r\n', 'HPE_INVALID_VERSION', BAD],
  ['not HTTP', 'GET / FTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_CONSTANT', BAD],
  ['illegal header name', 'GET / HTTP/1.1\r\nHost: a\r\nFo o: bar\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['space before colon', 'GET / HTTP/1.1\r\nHost : a\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['header without colon', 'GET / HTTP/1.1\r\nHost: a\r\nFoo\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['empty header name', 'GET / HTTP/1.1\r\n: x\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['obs-fold', 'GET / HTTP/1.1\r\nHost: a\r\nFoo: a\r\n b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['CL then TE', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING', BAD],
  ['TE then CL', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_CONTENT_LENGTH', BAD],
  ['conflicting CLs', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd',
   'HPE_UNEXPECTED_CONTENT_LENGTH', BAD],
  ['bad CL', 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3x\r\n\r\nabc', 'HPE_INVALID_CONTENT_LENGTH', BAD],
  ['chunked not last', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING', BAD],
  ['NUL in header value', 'GET / HTTP/1.1\r\nHost: a\r\nFoo: b\0ar\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['control char in value', 'GET / HTTP/1.1\r\nHost: a\r\nFoo: a\x01b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN', BAD],
  ['NUL in url', 'GET /\0 HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_INVALID_URL', BAD],
  ['HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'HPE_PAUSED_H2_UPGRADE', BAD],
  ['bare LF after version', 'GET / HTTP/1.1\nHost: a\n\n', 'HPE_INVALID_VERSION', BAD],
  ['LF without CR in value', 'GET / HTTP/1.1\r\nHost: a\nX: y\r\n\r\n', 'HPE_CR_EXPECTED', BAD],
  ['CR without LF in value', 'GET / HTTP/1.1\r\nHost: a\rX\r\n\r\n', 'HPE_LF_EXPECTED', BAD],
  ['oversized headers', 'GET / HTTP/1.1\r\nHost: a\r\nFoo: ' + 'a'.repeat(17000) + '\r\n\r\n', 'HPE_HEADER_OVERFLOW',
   TOO_LARGE],
  ['very long URL', 'GET /' + 'a'.repeat(20000) + ' HTTP/1.1\r\nHost: a\r\n\r\n', 'HPE_HEADER_OVERFLOW', TOO_LARGE],
];
// Bad bodies (no fixed response): the request is seen (and answered) first, then the body fails.
const bodyCases = [
  ['bad chunk size', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n',
   'HPE_INVALID_CHUNK_SIZE'],
  ['chunk size overflow', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n',
   'HPE_INVALID_CHUNK_SIZE'],
  ['chunk without CRLF', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n',
   'HPE_STRICT'],
];

module.exports = { BAD, TOO_LARGE, cases, bodyCases };
