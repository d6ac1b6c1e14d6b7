package jnode;

/**
 * How a runtime runs JavaScript. {@code process.features.jnode_engine} says which one runs.
 */
public enum Engine {
    /** Truffle's optimizing runtime (the Graal JIT) where the JVM has it; the interpreter otherwise. */
    OPTIMIZING,
    /** The interpreter only, even where the JIT is available: no compiler threads, slower hot code. */
    INTERPRETER
}
