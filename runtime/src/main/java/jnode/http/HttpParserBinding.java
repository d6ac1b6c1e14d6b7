package jnode.http;

import java.nio.ByteBuffer;
import jnode.handle.ReadConsumer;
import jnode.handle.SocketHandle;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * {@code internalBinding('http_parser')}: makes {@link Handle}s, each an {@link HttpParser} whose
 * callbacks are the functions of one JS object (node's HTTPParser with kOnHeadersComplete...).
 */
public final class HttpParserBinding {
    private final Realm realm;

    public HttpParserBinding(Realm realm) {
        this.realm = realm;
    }

    @HostAccess.Export
    public final int REQUEST = HttpParser.REQUEST;
    @HostAccess.Export
    public final int RESPONSE = HttpParser.RESPONSE;

    /** {@code callbacks}: {onHeadersComplete, onBody, onMessageComplete, onTrailers, onExecute}. */
    @HostAccess.Export
    public Handle create(int type, int maxHeaderSize, boolean lenient, Value callbacks) {
        return new Handle(realm, type, maxHeaderSize, lenient, callbacks);
    }

    /**
     * One parser. JS hands it bytes with execute(), which copies them once into a reused array and
     * parses them there; or it consumes a socket (node's parser.consume), and parses each read as
     * it lands, with no JS Buffer or 'data' event in between.
     */
    public static final class Handle implements HttpParser.Callbacks, ReadConsumer {
        /** Unwinds a consumed read whose callback threw: node gives up on the rest of that read too. */
        private static final class Abandoned extends RuntimeException {
            Abandoned() {
                super(null, null, false, false);
            }
        }

        private static final Abandoned ABANDONED = new Abandoned();

        private final Realm realm;
        private final HttpParser parser;
        private final Value onHeadersComplete;
        private final Value onBody;
        private final Value onMessageComplete;
        private final Value onTrailers;
        private final Value onExecute;
        private byte[] buf = new byte[16384];
        private SocketHandle consumed;
        /** While a consumed read is parsed: the memory it is in, and where, for the body's bytes. */
        private ByteBuffer readMemory;
        private int readOffset;
        /**
         * When the message being parsed began, in ms since the epoch (node's last_message_start_,
         * which the server's headers and request timeouts measure from); 0 when none is under way,
         * -1 just after one completed.
         */
        private double messageStart;

        Handle(Realm realm, int type, int maxHeaderSize, boolean lenient, Value callbacks) {
            this.realm = realm;
            onHeadersComplete = callbacks.getMember("onHeadersComplete");
            onBody = callbacks.getMember("onBody");
            onMessageComplete = callbacks.getMember("onMessageComplete");
            onTrailers = callbacks.getMember("onTrailers");
            onExecute = callbacks.getMember("onExecute");
            parser = new HttpParser(type, maxHeaderSize, lenient, this);
        }

        @HostAccess.Export
        public void reinitialize(int type, int maxHeaderSize, boolean lenient) {
            parser.reinitialize(type, maxHeaderSize, lenient);
            messageStart = 0; // a pooled parser starts its next owner's clock afresh
        }

        /**
         * Parses {@code length} bytes of an ArrayBuffer from {@code offset}. Returns the bytes
         * consumed, or -1 - (offset of the bad byte) on a parse error (see errorCode/errorReason).
         */
        @HostAccess.Export
        public int execute(Value arrayBuffer, int offset, int length) {
            arrayBuffer.readBuffer(offset, room(length), 0, length);
            return parse(length);
        }

        /** Parses the socket's reads from now on, each then reported to {@code onExecute}. */
        @HostAccess.Export
        public void consume(SocketHandle socket) {
            unconsume();
            consumed = socket;
            socket.setReadConsumer(this);
        }

        /** The socket's reads go to JS again. */
        @HostAccess.Export
        public void unconsume() {
            if (consumed == null) return;
            consumed.setReadConsumer(null);
            consumed = null;
        }

        /**
         * A consumed read: each callback is a call from the loop, so the nextTick queue runs after
         * it as after node's MakeCallback, but for the headers' (node skips the queues there; GraalJS
         * still runs promise jobs at every return to the loop). So a 'request' listener's ticks run
         * once the body that came with the head is pushed. Then {@code onExecute(result, length,
         * memory, offset)}, as node's kOnExecute.
         */
        @Override
        public void onRead(ByteBuffer memory, int offset, int length) {
            memory.get(offset, room(length), 0, length);
            readMemory = memory;
            readOffset = offset;
            int r;
            try {
                r = parse(length);
            } catch (Abandoned callbackThrew) {
                return;
            } finally {
                readMemory = null;
            }
            realm.invoke(onExecute, r, length, memory, offset);
        }

        private byte[] room(int length) {
            if (buf.length < length) buf = new byte[Math.max(length, buf.length * 2)];
            return buf;
        }

        private int parse(int length) {
            if (parser.isIdle()) messageStart = System.currentTimeMillis();
            int n = parser.execute(buf, 0, length);
            // A message completed in these bytes: if the next one (pipelined) began in them too,
            // its clock starts now, as node's does at llhttp's message begin.
            if (messageStart == -1) messageStart = parser.isIdle() ? 0 : System.currentTimeMillis();
            return parser.errorCode() != null ? -1 - n : n;
        }

        /** A JS callback: from the loop while a consumed read is parsed, else within execute(). */
        private Value call(Value fn, Object... args) {
            if (readMemory == null) return fn.execute(args);
            return abandonIfNull(realm.invoke(fn, args));
        }

        private Value abandonIfNull(Value r) {
            if (r == null) throw ABANDONED; // it threw (now reported as uncaught), or exit() ran
            return r;
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

        @HostAccess.Export
        public double messageStart() {
            return messageStart;
        }

        @HostAccess.Export
        public void setMessageStart(double ms) {
            messageStart = ms;
        }

        @Override
        public int onHeadersComplete(int major, int minor, String headers, String method, String url, int status,
                                     String statusMessage, boolean upgrade, boolean keepAlive) {
            Object[] args = {major, minor, headers, method, url, status, statusMessage, upgrade, keepAlive};
            Value r = readMemory == null
                ? onHeadersComplete.execute(args)
                : abandonIfNull(realm.invokeHoldingTicks(onHeadersComplete, args));
            return r.isNumber() ? r.asInt() : 0;
        }

        /** (offset, length) into the Buffer being executed, or (offset, length, memory) of a consumed read. */
        @Override
        public void onBody(int offset, int length) {
            if (readMemory == null) call(onBody, offset, length);
            else call(onBody, readOffset + offset, length, readMemory);
        }

        @Override
        public void onMessageComplete() {
            messageStart = -1;
            call(onMessageComplete);
        }

        @Override
        public void onTrailers(String headers) {
            call(onTrailers, headers);
        }
    }
}
