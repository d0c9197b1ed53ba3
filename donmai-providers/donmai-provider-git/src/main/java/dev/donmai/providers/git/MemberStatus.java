package dev.donmai.providers.git;

/**
 * The life of a pool member (sessions.md §13 state.db {@code status}): {@code warming} while the warmer builds it,
 * {@code ready} to be acquired, {@code acquired} from selection until it becomes a workarea, {@code releasing} while
 * a returned workarea is checked, {@code invalid} when it failed verification (destroyed next), {@code retired}
 * when evicted or aged out (destroyed next).
 */
public enum MemberStatus {
    WARMING, READY, ACQUIRED, RELEASING, INVALID, RETIRED;

    /** The state.db spelling, lower case. */
    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
