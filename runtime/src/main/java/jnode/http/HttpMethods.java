package jnode.http;

import java.util.List;

/**
 * The request methods llhttp knows, matched one char at a time as llhttp does: a method fails at
 * the first char that no known method continues with, which is where node reports the error
 * ({@code bytesParsed}). RTSP's methods count as prefixes there (`FOO` fails at its `O`, since
 * FLUSH begins with F) but are not HTTP methods. A match is a bit set over {@link #ALL}, so
 * matching allocates nothing and the result is the interned name.
 */
final class HttpMethods {
    private HttpMethods() {}

    private static final List<String> HTTP = List.of(
        "ACL", "BIND", "CHECKOUT", "CONNECT", "COPY", "DELETE", "GET", "HEAD", "LINK", "LOCK", "M-SEARCH",
        "MERGE", "MKACTIVITY", "MKCALENDAR", "MKCOL", "MOVE", "NOTIFY", "OPTIONS", "PATCH", "POST",
        "PROPFIND", "PROPPATCH", "PURGE", "PUT", "QUERY", "REBIND", "REPORT", "SEARCH", "SOURCE",
        "SUBSCRIBE", "TRACE", "UNBIND", "UNLINK", "UNLOCK", "UNSUBSCRIBE", "PRI");
    private static final List<String> RTSP = List.of(
        "DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER", "SET_PARAMETER",
        "REDIRECT", "RECORD", "FLUSH");

    /** Every method, HTTP's first: bit i of a match stands for ALL[i]. */
    private static final String[] ALL;
    /** The longest method's length: a longer token matches nothing. */
    static final int MAX_LENGTH;
    /** AT[i][c]: the methods whose char i is c. */
    private static final long[][] AT;
    /** Methods with exactly i chars: all, and HTTP's only. */
    private static final long[] OF_LENGTH;
    private static final long[] HTTP_OF_LENGTH;
    /** Every method: where a match starts. */
    static final long ANY;

    static {
        ALL = java.util.stream.Stream.concat(HTTP.stream(), RTSP.stream()).toArray(String[]::new);
        int max = 0;
        for (String m : ALL) max = Math.max(max, m.length());
        MAX_LENGTH = max;
        AT = new long[max][256];
        OF_LENGTH = new long[max + 1];
        HTTP_OF_LENGTH = new long[max + 1];
        for (int i = 0; i < ALL.length; i++) {
            String m = ALL[i];
            for (int k = 0; k < m.length(); k++) AT[k][m.charAt(k)] |= 1L << i;
            OF_LENGTH[m.length()] |= 1L << i;
            if (i < HTTP.size()) HTTP_OF_LENGTH[m.length()] |= 1L << i;
        }
        ANY = ALL.length == 64 ? -1L : (1L << ALL.length) - 1;
    }

    /** What is left of {@code match} once char {@code c} is at position {@code i}; 0 for nothing. */
    static long next(long match, int i, int c) {
        return i < MAX_LENGTH ? match & AT[i][c] : 0;
    }

    /**
     * The method a token of {@code length} chars with this match is: HTTP's, or with {@code rtsp}
     * RTSP's too; null for none.
     */
    static String method(long match, int length, boolean rtsp) {
        long m = length <= MAX_LENGTH ? match & (rtsp ? OF_LENGTH : HTTP_OF_LENGTH)[length] : 0;
        return m == 0 ? null : ALL[Long.numberOfTrailingZeros(m)];
    }
}
