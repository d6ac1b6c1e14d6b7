package jnode.zlib;

/** A zlib failure: its return code (Z_DATA_ERROR, ...) and zlib's message, if zlib gave one. */
final class ZlibError extends Exception {
    final int code;

    ZlibError(int code, String zlibMessage) {
        super(zlibMessage, null, false, false);
        this.code = code;
    }
}
