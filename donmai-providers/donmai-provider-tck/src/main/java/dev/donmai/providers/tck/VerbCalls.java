package dev.donmai.providers.tck;

import static org.junit.jupiter.api.Assertions.fail;

import dev.donmai.contracts.provider.ProviderException;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Calls provider verbs the way a host does and checks the two rules every verb shares (contracts.md §0): nothing
 * but a {@link ProviderException} escapes, and the call returns or throws within its timeout plus one second.
 *
 * <p>The call runs on the test's own thread, so a provider sees the caller's interrupt flag as it would in the
 * runtime; a provider that hangs outright is stopped by the contract test's class-level timeout instead.
 */
public final class VerbCalls {

    /** What §0 allows past the timeout before a verb counts as late. */
    public static final Duration GRACE = Duration.ofSeconds(1);

    private VerbCalls() {
    }

    /**
     * Runs a value-returning verb.
     *
     * @return what the verb returned
     * @throws ProviderException what the verb threw, unchanged
     */
    public static <T> T call(String verb, Duration timeout, ThrowingSupplier<T> body) {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(timeout, "timeout");
        long start = System.nanoTime();
        try {
            T value = body.get();
            checkTime(verb, timeout, start);
            return value;
        } catch (ProviderException e) {
            checkTime(verb, timeout, start);
            throw e;
        } catch (AssertionFailedError | TestAbortedException e) {
            throw e; // raised by test code around the verb, not by the provider
        } catch (Throwable t) {
            return fail("verb '" + verb + "' let " + t.getClass().getName()
                    + " escape; only ProviderException may (contracts.md §0)", t);
        }
    }

    /** Runs a verb that returns nothing; see {@link #call}. */
    public static void run(String verb, Duration timeout, Executable body) {
        call(verb, timeout, () -> {
            body.execute();
            return null;
        });
    }

    /**
     * Runs a verb that must throw {@code kind}.
     *
     * @return the exception, for further checks
     */
    public static <E extends ProviderException> E expect(Class<E> kind, String verb, Duration timeout,
            Executable body) {
        try {
            run(verb, timeout, body);
        } catch (ProviderException e) {
            if (kind.isInstance(e)) {
                return kind.cast(e);
            }
            return fail("verb '" + verb + "' threw " + e.getClass().getSimpleName() + ", expected "
                    + kind.getSimpleName(), e);
        }
        return fail("verb '" + verb + "' returned normally, expected " + kind.getSimpleName());
    }

    private static void checkTime(String verb, Duration timeout, long startNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        if (took.compareTo(timeout.plus(GRACE)) > 0) {
            fail("verb '" + verb + "' took " + took.toMillis() + " ms, more than its timeout " + timeout.toMillis()
                    + " ms + 1 s (contracts.md §0)");
        }
    }
}
