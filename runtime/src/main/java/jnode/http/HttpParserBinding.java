package jnode.http;

import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('http_parser')}: makes {@link Handle}s, each an {@link HttpParser} whose
 * callbacks are the functions of one JS object (node's HTTPParser with kOnHeadersComplete...).
 */
public final class HttpParserBinding {
    public HttpParserBinding(Realm realm) {
    }

    @HostAccess.Export
    public final int REQUEST = HttpParser.REQUEST;
    @HostAccess.Export
    public final int RESPONSE = HttpParser.RESPONSE;

    /** {@code callbacks}: {onHeadersComplete, onBody, onMessageComplete, onTrailers}. */
    @HostAccess.Export
    public Handle create(int type, int maxHeaderSize, Value callbacks) {
        return new Handle(type, maxHeaderSize, callbacks);
    }

    /** One parser. execute() copies the bytes once into a reused array and parses them there. */
    public static final class Handle implements HttpParser.Callbacks {
        private final HttpParser parser;
        private final Value onHeadersComplete;
        private final Value onBody;
        private final Value onMessageComplete;
        private final Value onTrailers;
        private byte[] buf = new byte[16384];
        private int base;

        Handle(int type, int maxHeaderSize, Value callbacks) {
            onHeadersComplete = callbacks.getMember("onHeadersComplete");
            onBody = callbacks.getMember("onBody");
            onMessageComplete = callbacks.getMember("onMessageComplete");
            onTrailers = callbacks.getMember("onTrailers");
            parser = new HttpParser(type, maxHeaderSize, this);
        }

        @HostAccess.Export
        public void reinitialize(int type, int maxHeaderSize) {
            parser.reinitialize(type, maxHeaderSize);
        }

        /**
         * Parses {@code length} bytes of an ArrayBuffer from {@code offset}. Returns the bytes
         * consumed, or -1 - (offset of the bad byte) on a parse error (see errorCode/errorReason).
         */
        @HostAccess.Export
        public int execute(Value arrayBuffer, int offset, int length) {
            if (buf.length < length) buf = new byte[Math.max(length, buf.length * 2)];
            arrayBuffer.readBuffer(offset, buf, 0, length);
            base = 0;
            int n = parser.execute(buf, 0, length);
            return parser.errorCode() != null ? -1 - n : n;
        }

        /** End of input: 0, or -1 with errorCode set (a message cut short). */
        @HostAccess.Export
        public int finish() {
            return parser.finish() == 0 ? 0 : -1;
        }

        @HostAccess.Export
        public String errorCode() {
            return parser.errorCode();
        }

        @HostAccess.Export
        public String errorReason() {
            return parser.errorReason();
        }

        @HostAccess.Export
        public boolean isIdle() {
            return parser.isIdle();
        }

        @Override
        public int onHeadersComplete(int major, int minor, String headers, String method, String url, int status,
                                     String statusMessage, boolean upgrade, boolean keepAlive) {
            Value r = onHeadersComplete.execute(major, minor, headers, method, url, status, statusMessage, upgrade,
                keepAlive);
            return r.isNumber() ? r.asInt() : 0;
        }

        @Override
        public void onBody(int offset, int length) {
            onBody.execute(offset - base, length);
        }

        @Override
        public void onMessageComplete() {
            onMessageComplete.execute();
        }

        @Override
        public void onTrailers(String headers) {
            onTrailers.execute(headers);
        }
    }
}
