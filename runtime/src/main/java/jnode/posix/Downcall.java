package jnode.posix;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;

/**
 * A downcall handle that is made on its first call. Making one spins a stub class and a few
 * method-handle forms: a script that printed one line made 52 of them at start-up, 240-650 ms of
 * the JS thread on a loaded machine, for the handful of functions it called. Callers pay one
 * indirect call per syscall instead (a handle in an instance field is no JIT constant), a few
 * nanoseconds against the syscall's microsecond.
 */
final class Downcall {
    private final String name;
    private final FunctionDescriptor descriptor;
    private final Linker.Option[] options;
    // Racy on purpose: two threads that both make it get equivalent handles.
    private MethodHandle handle;

    Downcall(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        this.name = name;
        this.descriptor = descriptor;
        this.options = options;
    }

    MethodHandle get() {
        MethodHandle h = handle;
        if (h == null) {
            h = Libc.LINKER.downcallHandle(Libc.LOOKUP.find(name).orElseThrow(), descriptor, options);
            handle = h;
        }
        return h;
    }
}
