package jnode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JavaScript error seen from Java: thrown by a call into JS, the reason a promise rejected, or
 * the uncaught error that ended a runtime. It is a snapshot, valid after the runtime has ended.
 * Its stack trace is the JS stack (each frame's class is {@code <js>}), so a logged exception
 * shows where in the script it was thrown; {@link #jsStack()} has JS's own text.
 */
public class JsException extends RuntimeException {
    /** "    at fn (file:line:column)" or "    at file:line:column", as V8 and GraalJS print them. */
    private static final Pattern FRAME = Pattern.compile("^\\s*at (?:(.*?) \\()?(.*?):(\\d+):\\d+\\)?$");

    private final String name;
    private final String code;
    private final String jsStack;

    /**
     * @param name    the error's {@code name} ("TypeError"), or null when a non-error was thrown
     * @param message its {@code message}, or the thrown value as a string
     * @param code    its {@code code} ("ENOENT", "ERR_INVALID_ARG_TYPE"), or null
     * @param jsStack its {@code stack}, or null
     */
    public JsException(String name, String message, String code, String jsStack) {
        super(name == null ? message : message.isEmpty() ? name : name + ": " + message, null, false, true);
        this.name = name;
        this.code = code;
        this.jsStack = jsStack;
        setStackTrace(frames(jsStack));
    }

    /** The error's {@code name}, or null when the thrown value was not an error. */
    public String name() {
        return name;
    }

    /** The error's {@code code} property, when it is a string (node's error codes). */
    public String code() {
        return code;
    }

    /** The error's {@code stack} as JS prints it, or null. */
    public String jsStack() {
        return jsStack;
    }

    private static StackTraceElement[] frames(String stack) {
        List<StackTraceElement> out = new ArrayList<>();
        if (stack != null) {
            for (String line : stack.split("\n")) {
                Matcher m = FRAME.matcher(line);
                if (!m.matches()) continue;
                String fn = m.group(1) == null ? "<anonymous>" : m.group(1);
                out.add(new StackTraceElement("<js>", fn, m.group(2), Integer.parseInt(m.group(3))));
            }
        }
        return out.toArray(StackTraceElement[]::new);
    }
}
