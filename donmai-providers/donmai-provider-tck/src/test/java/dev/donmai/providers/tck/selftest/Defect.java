package dev.donmai.providers.tck.selftest;

/** One way the probe can break the base contract, switched on by configuration to prove the kit notices. */
public enum Defect {
    NO_ACTIVE_CHECK,
    ACTIVATE_NOT_IDEMPOTENT,
    DEACTIVATE_REPEAT_THROWS,
    ACTIVE_AFTER_FAILED_ACTIVATION,
    FACET_MISSING,
    OBSERVED_ABOVE_DECLARED,
    SLOW_HEALTH,
    LEAKS_RUNTIME_EXCEPTION,
    SWALLOWS_INTERRUPT,
    ACCEPTS_UNKNOWN_KEYS,
    THREAD_IN_CREATE,
    LEAKS_THREAD,
    LEAKS_PERIODIC_TASK,
    MANIFEST_MISMATCH,
    FOREIGN_EVENT
}
