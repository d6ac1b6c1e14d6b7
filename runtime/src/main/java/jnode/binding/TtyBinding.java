package jnode.binding;

import java.util.HashMap;
import java.util.Map;
import jnode.posix.ErrnoException;
import jnode.posix.TtySyscalls;
import jnode.runtime.Realm;
import org.graalvm.polyglot.HostAccess;

/**
 * Terminal control for the tty module (Node's {@code tty_wrap}): window size and raw mode. The
 * mode each fd had before going raw is restored when the realm ends, as libuv does at exit.
 */
public final class TtyBinding implements AutoCloseable {
    // termios offsets and flags (x86_64 Linux), as libuv's UV_TTY_MODE_RAW sets them.
    private static final int C_IFLAG = 0;
    private static final int C_OFLAG = 4;
    private static final int C_CFLAG = 8;
    private static final int C_LFLAG = 12;
    private static final int C_CC = 17;
    private static final int VTIME = 5;
    private static final int VMIN = 6;
    private static final int BRKINT = 0x2;
    private static final int INPCK = 0x10;
    private static final int ISTRIP = 0x20;
    private static final int ICRNL = 0x100;
    private static final int IXON = 0x400;
    private static final int ONLCR = 0x4;
    private static final int CS8 = 0x30;
    private static final int ISIG = 0x1;
    private static final int ICANON = 0x2;
    private static final int ECHO = 0x8;
    private static final int IEXTEN = 0x8000;

    private final Map<Integer, byte[]> original = new HashMap<>();

    TtyBinding(Realm realm) {}

    /** [columns, rows], or -errno. */
    @HostAccess.Export
    public Object getWindowSize(int fd) {
        try {
            return TtySyscalls.winsize(fd);
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    /** Raw (no echo, no line buffering, no signals) or back to the original mode; 0 or -errno. */
    @HostAccess.Export
    public int setRawMode(int fd, boolean raw) {
        try {
            if (!raw) {
                byte[] orig = original.get(fd);
                if (orig != null) TtySyscalls.tcsetattr(fd, orig);
                return 0;
            }
            byte[] t = TtySyscalls.tcgetattr(fd);
            original.putIfAbsent(fd, t.clone());
            setInt(t, C_IFLAG, getInt(t, C_IFLAG) & ~(BRKINT | ICRNL | INPCK | ISTRIP | IXON));
            setInt(t, C_OFLAG, getInt(t, C_OFLAG) | ONLCR);
            setInt(t, C_CFLAG, getInt(t, C_CFLAG) | CS8);
            setInt(t, C_LFLAG, getInt(t, C_LFLAG) & ~(ECHO | ICANON | IEXTEN | ISIG));
            t[C_CC + VMIN] = 1;
            t[C_CC + VTIME] = 0;
            TtySyscalls.tcsetattr(fd, t);
            return 0;
        } catch (ErrnoException e) {
            return -e.errno;
        }
    }

    @Override
    public void close() {
        for (Map.Entry<Integer, byte[]> e : original.entrySet()) {
            try {
                TtySyscalls.tcsetattr(e.getKey(), e.getValue());
            } catch (ErrnoException ignored) {
                // the terminal went away: nothing to restore
            }
        }
        original.clear();
    }

    private static int getInt(byte[] b, int off) {
        return (b[off] & 0xff) | (b[off + 1] & 0xff) << 8 | (b[off + 2] & 0xff) << 16 | (b[off + 3] & 0xff) << 24;
    }

    private static void setInt(byte[] b, int off, int v) {
        b[off] = (byte) v;
        b[off + 1] = (byte) (v >> 8);
        b[off + 2] = (byte) (v >> 16);
        b[off + 3] = (byte) (v >> 24);
    }
}
