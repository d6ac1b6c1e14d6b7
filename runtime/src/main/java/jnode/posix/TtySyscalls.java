package jnode.posix;

import static jnode.posix.Libc.INT;
import static jnode.posix.Libc.LONG;
import static jnode.posix.Libc.PTR;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Terminal syscalls: window size (TIOCGWINSZ) and termios get/set for raw mode. */
public final class TtySyscalls {
    private TtySyscalls() {}

    /** {@code struct termios} on x86_64 glibc. */
    public static final int TERMIOS_SIZE = 60;
    private static final long TIOCGWINSZ = 0x5413;
    private static final int TCSADRAIN = 1;

    private static final Downcall IOCTL_PTR =
        Libc.variadicErrnoCall("ioctl", FunctionDescriptor.of(INT, INT, LONG, PTR), 2);
    private static final Downcall TCGETATTR =
        Libc.errnoCall("tcgetattr", FunctionDescriptor.of(INT, INT, PTR));
    private static final Downcall TCSETATTR =
        Libc.errnoCall("tcsetattr", FunctionDescriptor.of(INT, INT, INT, PTR));

    /** {@code ioctl(fd, TIOCGWINSZ)}: [columns, rows]. */
    public static int[] winsize(int fd) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ws = arena.allocate(8);
            int rc = (int) IOCTL_PTR.get().invokeExact(Libc.state(), fd, TIOCGWINSZ, ws);
            Libc.check("ioctl", rc);
            return new int[] {
                Short.toUnsignedInt(ws.get(ValueLayout.JAVA_SHORT, 2)),
                Short.toUnsignedInt(ws.get(ValueLayout.JAVA_SHORT, 0)),
            };
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code int tcgetattr(int fd, struct termios *)}: the raw struct bytes. */
    public static byte[] tcgetattr(int fd) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment t = arena.allocate(TERMIOS_SIZE);
            int rc = (int) TCGETATTR.get().invokeExact(Libc.state(), fd, t);
            Libc.check("tcgetattr", rc);
            return t.toArray(ValueLayout.JAVA_BYTE);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }

    /** {@code tcsetattr(fd, TCSADRAIN, termios)} */
    public static void tcsetattr(int fd, byte[] termios) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment t = arena.allocate(TERMIOS_SIZE);
            MemorySegment.copy(termios, 0, t, ValueLayout.JAVA_BYTE, 0, TERMIOS_SIZE);
            int rc = (int) TCSETATTR.get().invokeExact(Libc.state(), fd, TCSADRAIN, t);
            Libc.check("tcsetattr", rc);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.fatal(t);
        }
    }
}
