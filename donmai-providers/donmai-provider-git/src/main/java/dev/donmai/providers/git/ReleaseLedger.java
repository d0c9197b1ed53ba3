package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes release idempotent per (workarea id, mode) (contracts.md §3.2): the first successful outcome is kept; an
 * equal repeat returns it, another mode is a {@code ReleaseConflict}. A failed release records nothing, so the
 * caller may try again or fall back to {@code archive} (sessions.md §3 step 11). Concurrent releases of one workarea
 * run one at a time. The newest {@value #CAPACITY} outcomes are kept.
 */
final class ReleaseLedger {

    static final int CAPACITY = 10_000;

    private final Map<String, ReleaseOutcome> outcomes = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReleaseOutcome> eldest) {
            return size() > CAPACITY;
        }
    };
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    /** The lock a release of {@code workareaId} holds while it runs. */
    Object lockFor(String workareaId) {
        return locks.computeIfAbsent(workareaId, id -> new Object());
    }

    /**
     * The outcome of an earlier release of {@code workareaId}, when it was {@code mode}.
     *
     * @throws ProviderException.ReleaseConflict when the earlier release was another mode
     */
    synchronized Optional<ReleaseOutcome> earlier(String workareaId, ReleaseMode mode) {
        ReleaseOutcome first = outcomes.get(workareaId);
        if (first == null) {
            return Optional.empty();
        }
        if (!first.requested().sameModeAs(mode)) {
            throw new ProviderException.ReleaseConflict(workareaId, first.requested().wire(), mode.wire());
        }
        return Optional.of(first);
    }

    synchronized void record(String workareaId, ReleaseOutcome outcome) {
        outcomes.put(workareaId, outcome);
        locks.remove(workareaId);
    }
}
