package dev.donmai.runtime.internal.daemon;

import dev.donmai.runtime.api.SessionEngine;

/**
 * The capacity values {@code POST /capacity} may change live, in memory only (host.md §3.2): lowering
 * {@code maxConcurrentSessions} stops nothing, it only refuses new sessions (§5.3).
 */
final class LiveCapacity {

    private final SessionEngine engine;
    private volatile int maxConcurrentSessions;
    private volatile int poolMaxDiskGb;

    LiveCapacity(SessionEngine engine, int maxConcurrentSessions, int poolMaxDiskGb) {
        this.engine = engine;
        this.poolMaxDiskGb = poolMaxDiskGb;
        setMaxConcurrentSessions(maxConcurrentSessions);
    }

    int maxConcurrentSessions() {
        return maxConcurrentSessions;
    }

    int poolMaxDiskGb() {
        return poolMaxDiskGb;
    }

    synchronized void setMaxConcurrentSessions(int value) {
        maxConcurrentSessions = value;
        engine.maxConcurrentSessions(value);
    }

    void setPoolMaxDiskGb(int value) {
        poolMaxDiskGb = value;
    }
}
