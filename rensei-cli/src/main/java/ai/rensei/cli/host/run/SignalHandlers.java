package ai.rensei.cli.host.run;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT for {@code host run} (host.md §5.2). A shutdown hook cannot see a second signal (the JVM is
 * already exiting), so the daemon takes the signals itself: each one calls {@code onSignal}, which drains on the
 * first and stops at once on the second. {@code sun.misc.Signal} lives in {@code jdk.unsupported}, present in every
 * JDK since 9.
 */
final class SignalHandlers {

    private SignalHandlers() {
    }

    /** Routes TERM and INT to {@code onSignal} (called on the JVM's signal thread; it must return quickly). */
    static void install(Runnable onSignal) {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> onSignal.run());
        }
    }
}
