package jnode;

import java.util.concurrent.CompletableFuture;

/**
 * A JavaScript function held by Java: an export got through {@link JNode#call}'s results, a
 * callback passed to a host module, or any function value that crossed into Java. It may be
 * called from any thread: the call is queued onto its runtime's loop thread, and the future
 * completes there (use the {@code *Async} continuations for slow work).
 *
 * <p>Arguments and results cross as {@link JNode} describes. A returned promise is awaited; an
 * error thrown or rejected completes the future with a {@link JsException}. Once the runtime has
 * ended, the future fails with {@link IllegalStateException}.
 */
public interface JsFunction {
    CompletableFuture<Object> call(Object... args);
}
