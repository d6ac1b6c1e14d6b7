package jnode.handle;

import java.nio.ByteBuffer;

/**
 * Takes a stream handle's reads in place of JS (node's StreamListener, as its HTTP parser
 * consumes a server's socket): the bytes never become a JS Buffer or a 'data' event. End of
 * input and read errors still go to JS, as node passes them to the previous listener.
 */
public interface ReadConsumer {
    /** {@code length} bytes at {@code offset} of {@code memory}, valid only during the call. */
    void onRead(ByteBuffer memory, int offset, int length);
}
