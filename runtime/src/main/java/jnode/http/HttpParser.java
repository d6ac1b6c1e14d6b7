package jnode.http;

import java.nio.charset.StandardCharsets;

/**
 * An HTTP/1.x request or response parser: an explicit byte-at-a-time state machine with llhttp's
 * (node's) strictness and error codes. It knows no sockets; {@link #execute} takes bytes, reports
 * through {@link Callbacks}, and returns how many bytes it consumed.
 *
 * <p>Headers are handed over packed as one latin1 string, "name\0value\0name\0value\0", so a
 * message costs one string and one call however many headers it has (NUL is never valid inside).
 */
public final class HttpParser {
    public static final int REQUEST = 1;
    public static final int RESPONSE = 2;

    /** What the parser reports; offsets in {@link #onBody} index the array given to execute. */
    public interface Callbacks {
        /** Returns 0, 1 to skip the body (HEAD, 204...), or 2 to treat the message as an upgrade. */
        int onHeadersComplete(int major, int minor, String headers, String method, String url,
                              int status, String statusMessage, boolean upgrade, boolean keepAlive);

        void onBody(int offset, int length);

        void onMessageComplete();

        void onTrailers(String headers);
    }

    enum State {
        START, METHOD, URL_START, URL, PROTO, VER_MAJOR, VER_DOT, VER_MINOR, LINE_CR, LINE_LF,
        STATUS_START, STATUS, STATUS_SP, REASON, REASON_LF,
        FIELD_START, FIELD, VALUE_START, VALUE, VALUE_LF, HEADERS_LF,
        BODY_LENGTH, BODY_EOF, CHUNK_SIZE_START, CHUNK_SIZE, CHUNK_EXT, CHUNK_SIZE_LF, CHUNK_DATA,
        CHUNK_DATA_CR, CHUNK_DATA_LF, UPGRADED, CLOSED, DEAD
    }

    /** RFC 9110 tchar. */
    private static final boolean[] TOKEN = new boolean[256];
    static {
        for (int c = '0'; c <= '9'; c++) TOKEN[c] = true;
        for (int c = 'a'; c <= 'z'; c++) TOKEN[c] = true;
        for (int c = 'A'; c <= 'Z'; c++) TOKEN[c] = true;
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) TOKEN[c] = true;
    }

    // Which header a field name is (decides how its value is read).
    private static final int H_OTHER = 0, H_CONTENT_LENGTH = 1, H_TRANSFER_ENCODING = 2, H_CONNECTION = 3,
        H_UPGRADE = 4;

    private final Callbacks cb;
    private int type;
    private int maxHeaderSize;
    private State state;

    // The message being parsed.
    private final byte[] token = new byte[16];
    private int tokenLen;
    /** The methods the request's first tokenLen chars could still begin (HttpMethods). */
    private long methodMatch;
    private String method;
    private int major;
    private int minor;
    private int status;
    private int headerBytes;
    private byte[] hbuf = new byte[1024];
    private int hlen;
    private int urlStart;
    /** hbuf holds the url (or reason phrase), a NUL, then the packed headers. */
    private int urlEnd;
    private int valueStart;
    private int valueEnd;
    private int nameStart;
    private int which;
    private boolean trailers;
    private long contentLength;
    private boolean hasContentLength;
    private boolean hasTransferEncoding;
    private boolean chunked;
    private boolean connClose;
    private boolean connKeepAlive;
    private boolean connUpgrade;
    private boolean hasUpgrade;
    private boolean keepAlive;
    private long remaining;
    /** Bytes of the current chunk's extensions: node refuses more than 16 KiB (a 413). */
    private int chunkExtBytes;
    private static final int MAX_CHUNK_EXTENSIONS = 16 * 1024;
    /**
     * Node's insecure parser (llhttp's lenient flags): control characters in header values, a bare
     * LF ending a header line, and Content-Length together with Transfer-Encoding (which then
     * decides the body) are accepted instead of refused.
     */
    private boolean lenient;

    private String errorCode;
    private String errorReason;

    public HttpParser(int type, int maxHeaderSize, boolean lenient, Callbacks cb) {
        this.cb = cb;
        reinitialize(type, maxHeaderSize, lenient);
    }

    public void reinitialize(int type, int maxHeaderSize, boolean lenient) {
        this.type = type;
        this.maxHeaderSize = maxHeaderSize > 0 ? maxHeaderSize : 16384;
        this.lenient = lenient;
        errorCode = null;
        errorReason = null;
        startMessage();
    }

    private void startMessage() {
        state = State.START;
        tokenLen = 0;
        method = null;
        major = minor = status = 0;
        headerBytes = 0;
        hlen = 0;
        trailers = false;
        contentLength = 0;
        hasContentLength = hasTransferEncoding = chunked = false;
        connClose = connKeepAlive = connUpgrade = hasUpgrade = false;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorReason() {
        return errorReason;
    }

    public boolean isUpgraded() {
        return state == State.UPGRADED;
    }

    /** True between messages: nothing of the next message has arrived yet. */
    public boolean isIdle() {
        return state == State.START && tokenLen == 0;
    }

    private int fail(String code, String reason, int at) {
        errorCode = code;
        errorReason = reason;
        state = State.DEAD;
        return at;
    }

    /**
     * Parses {@code data[off, off+len)}. Returns the bytes consumed; on an error, the offset of the
     * failing byte (relative to off) with {@link #errorCode()} set. Stops after an upgrade.
     */
    public int execute(byte[] data, int off, int len) {
        if (state == State.DEAD) return 0;
        if (state == State.UPGRADED) return 0;
        final int end = off + len;
        int p = off;
        while (p < end) {
            int c = data[p] & 0xff;
            switch (state) {
                case START -> {
                    if (c == '\r' || c == '\n') break;
                    if (type == RESPONSE) {
                        state = State.PROTO;
                        tokenLen = 0;
                        continue;
                    }
                    methodMatch = HttpMethods.ANY;
                    tokenLen = 0;
                    state = State.METHOD;
                    continue;
                }
                case METHOD -> {
                    long next = HttpMethods.next(methodMatch, tokenLen, c);
                    if (next != 0) {
                        methodMatch = next;
                        tokenLen++;
                        break;
                    }
                    boolean whole = HttpMethods.method(methodMatch, tokenLen, true) != null;
                    if (c != ' ' || !whole) {
                        return fail("HPE_INVALID_METHOD", whole ? "Expected space after method" : "Invalid method encountered", p - off);
                    }
                    // An RTSP method is refused once the protocol says HTTP (PROTO).
                    method = HttpMethods.method(methodMatch, tokenLen, false);
                    state = State.URL_START;
                }
                case URL_START -> {
                    if (c == ' ') break;
                    urlStart = hlen;
                    state = State.URL;
                    continue;
                }
                case URL -> {
                    if (c == ' ') {
                        if (hlen == urlStart) return fail("HPE_INVALID_URL", "Empty url", p - off);
                        urlEnd = hlen;
                        state = State.PROTO;
                        tokenLen = 0;
                    } else if (c <= 0x20 || c == 0x7f) {
                        return fail("HPE_INVALID_URL", "Invalid char in url path", p - off);
                    } else {
                        if (++headerBytes > maxHeaderSize) return overflow(p - off);
                        append((byte) c);
                    }
                }
                case PROTO -> {
                    // "HTTP/" one byte at a time, so a split read works.
                    if (c != "HTTP/".charAt(tokenLen)) {
                        if (type == RESPONSE) return fail("HPE_INVALID_CONSTANT", "Expected HTTP/", p - off);
                        return fail("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", p - off);
                    }
                    if (tokenLen == 4 && method == null && type == REQUEST) {
                        return fail("HPE_INVALID_CONSTANT", "Invalid method for HTTP/x.x request", p - off);
                    }
                    if (++tokenLen == 5) state = State.VER_MAJOR;
                }
                case VER_MAJOR -> {
                    if (c < '0' || c > '9') return fail("HPE_INVALID_VERSION", "Invalid major version", p - off);
                    major = c - '0';
                    state = State.VER_DOT;
                }
                case VER_DOT -> {
                    if (c != '.') return fail("HPE_INVALID_VERSION", "Expected dot", p - off);
                    state = State.VER_MINOR;
                }
                case VER_MINOR -> {
                    if (c < '0' || c > '9') return fail("HPE_INVALID_VERSION", "Invalid minor version", p - off);
                    minor = c - '0';
                    if (!(major == 1 && minor <= 1) && !(major == 0 && minor == 9) && !(major == 2 && minor == 0)) {
                        return fail("HPE_INVALID_VERSION", "Invalid HTTP version", p - off);
                    }
                    state = type == RESPONSE ? State.STATUS_START : State.LINE_CR;
                }
                case LINE_CR -> {
                    if (c == '\r') state = State.LINE_LF;
                    else if (c == '\n') return fail("HPE_INVALID_VERSION", "Expected CRLF after version", p - off);
                    else return fail("HPE_INVALID_VERSION", "Expected CRLF after version", p - off);
                }
                case LINE_LF -> {
                    if (c != '\n') return fail("HPE_STRICT", "Expected CRLF after version", p - off);
                    if ("PRI".equals(method)) return fail("HPE_PAUSED_H2_UPGRADE", "Pause on PRI/Upgrade", end - off);
                    append((byte) 0);
                    state = State.FIELD_START;
                }
                case STATUS_START -> {
                    if (c != ' ') return fail("HPE_INVALID_VERSION", "Expected space after version", p - off);
                    status = 0;
                    tokenLen = 0;
                    state = State.STATUS;
                }
                case STATUS -> {
                    if (c >= '0' && c <= '9') {
                        if (++tokenLen > 3) return fail("HPE_INVALID_STATUS", "Invalid status code", p - off);
                        status = status * 10 + (c - '0');
                    } else if (tokenLen == 3 && c == ' ') {
                        urlStart = hlen;
                        state = State.REASON;
                    } else if (tokenLen == 3 && c == '\r') {
                        urlStart = urlEnd = hlen;
                        state = State.REASON_LF;
                    } else {
                        return fail("HPE_INVALID_STATUS", "Invalid status code", p - off);
                    }
                }
                case REASON -> {
                    if (c == '\r') {
                        urlEnd = hlen;
                        state = State.REASON_LF;
                    } else if (c == '\n') {
                        urlEnd = hlen;
                        append((byte) 0);
                        state = State.FIELD_START;
                    } else {
                        if (++headerBytes > maxHeaderSize) return overflow(p - off);
                        append((byte) c);
                    }
                }
                case REASON_LF -> {
                    if (c != '\n') return fail("HPE_STRICT", "Expected LF after CR", p - off);
                    append((byte) 0);
                    state = State.FIELD_START;
                }
                case FIELD_START -> {
                    if (c == '\r') {
                        state = State.HEADERS_LF;
                    } else if (c == ' ' || c == '\t') {
                        return fail("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value", p - off);
                    } else if (!TOKEN[c]) {
                        return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", p - off);
                    } else {
                        nameStart = hlen;
                        state = State.FIELD;
                        continue;
                    }
                }
                case FIELD -> {
                    if (TOKEN[c]) {
                        if (++headerBytes > maxHeaderSize) return overflow(p - off);
                        append((byte) c);
                    } else if (c == ':') {
                        which = trailers ? H_OTHER : classify(nameStart, hlen);
                        append((byte) 0);
                        valueStart = valueEnd = hlen;
                        if (which == H_CONTENT_LENGTH) {
                            if (hasContentLength) return fail("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", p - off);
                            if (hasTransferEncoding && !lenient) {
                                return fail("HPE_INVALID_CONTENT_LENGTH", "Content-Length can't be present with Transfer-Encoding", p - off);
                            }
                            hasContentLength = true;
                        } else if (which == H_TRANSFER_ENCODING) {
                            if (hasContentLength && !lenient) {
                                return fail("HPE_INVALID_TRANSFER_ENCODING", "Transfer-Encoding can't be present with Content-Length", p - off);
                            }
                            hasTransferEncoding = true;
                        }
                        state = State.VALUE_START;
                    } else {
                        return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", p - off);
                    }
                }
                case VALUE_START -> {
                    if (c == ' ' || c == '\t') break;
                    state = State.VALUE;
                    continue;
                }
                case VALUE -> {
                    if (c == '\r') {
                        hlen = valueEnd;
                        int r = endValue(p - off);
                        if (r >= 0) return r;
                        state = State.VALUE_LF;
                    } else if (c == '\n') {
                        if (!lenient) return fail("HPE_CR_EXPECTED", "Missing expected CR after header value", p - off);
                        hlen = valueEnd;
                        int r = endValue(p - off);
                        if (r >= 0) return r;
                        append((byte) 0);
                        state = State.FIELD_START;
                    } else if (c == '\t' || (c >= 0x20 && c != 0x7f) || lenient) {
                        if (++headerBytes > maxHeaderSize) return overflow(p - off);
                        append((byte) c);
                        if (c != ' ' && c != '\t') valueEnd = hlen;
                    } else {
                        return fail("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", p - off);
                    }
                }
                case VALUE_LF -> {
                    if (c != '\n') return fail("HPE_LF_EXPECTED", "Missing expected LF after header value", p - off);
                    append((byte) 0);
                    state = State.FIELD_START;
                }
                case HEADERS_LF -> {
                    if (c != '\n') return fail("HPE_STRICT", "Expected LF after headers", p - off);
                    p++;
                    int r = trailers ? trailersDone() : headersDone(p - off);
                    if (r >= 0) return r;
                    if (state == State.UPGRADED) return p - off;
                    continue;
                }
                case BODY_LENGTH -> {
                    int n = (int) Math.min(remaining, end - p);
                    cb.onBody(p, n);
                    p += n;
                    remaining -= n;
                    if (remaining == 0) messageDone();
                    continue;
                }
                case BODY_EOF -> {
                    cb.onBody(p, end - p);
                    p = end;
                    continue;
                }
                case CHUNK_SIZE_START -> {
                    int d = hex(c);
                    if (d < 0) return fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", p - off);
                    remaining = d;
                    state = State.CHUNK_SIZE;
                }
                case CHUNK_SIZE -> {
                    int d = hex(c);
                    if (d >= 0) {
                        if (remaining > (Long.MAX_VALUE >> 4)) return fail("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", p - off);
                        remaining = remaining * 16 + d;
                    } else if (c == ';' || c == ' ' || c == '\t') {
                        chunkExtBytes = 0;
                        state = State.CHUNK_EXT;
                    } else if (c == '\r') {
                        state = State.CHUNK_SIZE_LF;
                    } else {
                        return fail("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", p - off);
                    }
                }
                case CHUNK_EXT -> {
                    if (c == '\r') state = State.CHUNK_SIZE_LF;
                    else if (c == '\n' || (c < 0x20 && c != '\t') || c == 0x7f) {
                        return fail("HPE_STRICT", "Invalid character in chunk extensions", p - off);
                    } else if (++chunkExtBytes > MAX_CHUNK_EXTENSIONS) {
                        return fail("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", p - off);
                    }
                }
                case CHUNK_SIZE_LF -> {
                    if (c != '\n') return fail("HPE_STRICT", "Expected LF after chunk size", p - off);
                    if (remaining == 0) {
                        trailers = true;
                        hlen = 0;
                        headerBytes = 0;
                        state = State.FIELD_START;
                    } else {
                        state = State.CHUNK_DATA;
                    }
                }
                case CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, end - p);
                    cb.onBody(p, n);
                    p += n;
                    remaining -= n;
                    if (remaining == 0) state = State.CHUNK_DATA_CR;
                    continue;
                }
                case CHUNK_DATA_CR -> {
                    if (c != '\r') return fail("HPE_STRICT", "Expected LF after chunk data", p - off);
                    state = State.CHUNK_DATA_LF;
                }
                case CHUNK_DATA_LF -> {
                    if (c != '\n') return fail("HPE_STRICT", "Expected LF after chunk data", p - off);
                    state = State.CHUNK_SIZE_START;
                }
                case CLOSED -> {
                    return len;
                }
                case UPGRADED, DEAD -> {
                    return p - off;
                }
                default -> throw new IllegalStateException(state.name());
            }
            p++;
        }
        return p - off;
    }

    /** End of input: completes a read-until-close body; anything else half-parsed is an error. */
    public int finish() {
        if (state == State.BODY_EOF) {
            messageDone();
            return 0;
        }
        if (state == State.DEAD) return 0; // the error was reported already (llhttp_finish)
        if ((state == State.START && tokenLen == 0) || state == State.UPGRADED || state == State.CLOSED) return 0;
        fail("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0);
        return -1;
    }

    private int overflow(int at) {
        return fail("HPE_HEADER_OVERFLOW", "Header overflow", at);
    }

    private void append(byte b) {
        if (hlen == hbuf.length) hbuf = java.util.Arrays.copyOf(hbuf, hbuf.length * 2);
        hbuf[hlen++] = b;
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private int classify(int from, int to) {
        int n = to - from;
        if (n == 14 && eqIgnoreCase(from, "content-length")) return H_CONTENT_LENGTH;
        if (n == 17 && eqIgnoreCase(from, "transfer-encoding")) return H_TRANSFER_ENCODING;
        if (n == 10 && eqIgnoreCase(from, "connection")) return H_CONNECTION;
        if (n == 7 && eqIgnoreCase(from, "upgrade")) return H_UPGRADE;
        return H_OTHER;
    }

    private boolean eqIgnoreCase(int from, String lower) {
        for (int i = 0; i < lower.length(); i++) {
            if ((hbuf[from + i] | 0x20) != lower.charAt(i)) return false;
        }
        return true;
    }

    /** A header value is complete (in hbuf[valueStart, hlen)); returns -1 or an error offset. */
    private int endValue(int at) {
        if (trailers) return -1;
        switch (which) {
            case H_CONTENT_LENGTH -> {
                if (hlen == valueStart) return fail("HPE_INVALID_CONTENT_LENGTH", "Empty Content-Length", at);
                long v = 0;
                for (int i = valueStart; i < hlen; i++) {
                    int c = hbuf[i];
                    if (c < '0' || c > '9') return fail("HPE_INVALID_CONTENT_LENGTH", "Invalid character in Content-Length", at);
                    if (v > (Long.MAX_VALUE - 9) / 10) return fail("HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow", at);
                    v = v * 10 + (c - '0');
                }
                contentLength = v;
            }
            case H_TRANSFER_ENCODING -> {
                // chunked counts only as the last coding; anything after it is an error in a request.
                chunked = false;
                int i = valueStart;
                while (i < hlen) {
                    int s = i;
                    while (i < hlen && hbuf[i] != ',') i++;
                    int a = s, b = i;
                    while (a < b && (hbuf[a] == ' ' || hbuf[a] == '\t')) a++;
                    while (b > a && (hbuf[b - 1] == ' ' || hbuf[b - 1] == '\t')) b--;
                    boolean isChunked = b - a == 7 && eqIgnoreCase(a, "chunked");
                    if (chunked && type == REQUEST) {
                        return fail("HPE_INVALID_TRANSFER_ENCODING", "Invalid `Transfer-Encoding` header value", at);
                    }
                    chunked = isChunked;
                    i++;
                }
            }
            case H_CONNECTION -> {
                int i = valueStart;
                while (i < hlen) {
                    int s = i;
                    while (i < hlen && hbuf[i] != ',') i++;
                    int a = s, b = i;
                    while (a < b && (hbuf[a] == ' ' || hbuf[a] == '\t')) a++;
                    while (b > a && (hbuf[b - 1] == ' ' || hbuf[b - 1] == '\t')) b--;
                    if (b - a == 5 && eqIgnoreCase(a, "close")) connClose = true;
                    else if (b - a == 10 && eqIgnoreCase(a, "keep-alive")) connKeepAlive = true;
                    else if (b - a == 7 && eqIgnoreCase(a, "upgrade")) connUpgrade = true;
                    i++;
                }
            }
            case H_UPGRADE -> hasUpgrade = true;
            default -> { }
        }
        return -1;
    }

    /** Headers are in; decides the body. Returns -1 or an error offset. */
    private int headersDone(int at) {
        boolean upgrade = type == REQUEST ? ("CONNECT".equals(method) || (hasUpgrade && connUpgrade)) : status == 101;
        boolean http11 = major > 0 && minor > 0;
        keepAlive = http11 ? !connClose : connKeepAlive;
        boolean bodyless = type == RESPONSE && (status / 100 == 1 || status == 204 || status == 304);
        boolean untilEof = type == RESPONSE && !bodyless && !chunked && !hasContentLength;
        if (untilEof && !upgrade) keepAlive = false;
        String first = new String(hbuf, 0, urlEnd, StandardCharsets.ISO_8859_1);
        String headers = new String(hbuf, urlEnd + 1, hlen - urlEnd - 1, StandardCharsets.ISO_8859_1);
        int r = cb.onHeadersComplete(major, minor, headers, method, type == REQUEST ? first : null, status,
            type == RESPONSE ? first : null, upgrade, keepAlive);
        if (state == State.DEAD) return at;
        // llhttp checks this after the headers callback, so the request is seen first.
        if (hasTransferEncoding && !chunked && type == REQUEST && r != 2) {
            return fail("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`", at);
        }
        upgrade = r == 2;
        if (upgrade) {
            cb.onMessageComplete();
            state = State.UPGRADED;
            return -1;
        }
        if (r == 1 || bodyless) {
            messageDone();
        } else if (chunked) {
            state = State.CHUNK_SIZE_START;
        } else if (hasContentLength) {
            if (contentLength == 0) {
                messageDone();
            } else {
                remaining = contentLength;
                state = State.BODY_LENGTH;
            }
        } else if (type == REQUEST) {
            messageDone();
        } else {
            state = State.BODY_EOF;
        }
        return -1;
    }


    private int trailersDone() {
        String packed = new String(hbuf, 0, hlen, StandardCharsets.ISO_8859_1);
        if (hlen > 0) cb.onTrailers(packed);
        if (state == State.DEAD) return 0;
        messageDone();
        return -1;
    }

    private void messageDone() {
        boolean ka = keepAlive;
        startMessage();
        cb.onMessageComplete();
        if (!ka && state == State.START) {
            // A message that closes the connection ends the parse; later bytes are ignored.
            state = State.CLOSED;
        }
    }
}
