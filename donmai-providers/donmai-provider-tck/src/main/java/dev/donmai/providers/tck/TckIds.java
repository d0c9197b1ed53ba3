package dev.donmai.providers.tck;

import dev.donmai.contracts.session.SessionKey;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Unique, valid identifiers for contract tests, so two checks never collide on a session or workarea. */
public final class TckIds {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final AtomicLong COUNTER = new AtomicLong();

    private TckIds() {
    }

    /** A fresh id such as {@code tck-3f2a9c1b-7}, valid as a session id and as a branch name component. */
    public static String next() {
        return "tck-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** A fresh session key in the {@code local} organization. */
    public static SessionKey sessionKey() {
        return SessionKey.local(next());
    }
}
