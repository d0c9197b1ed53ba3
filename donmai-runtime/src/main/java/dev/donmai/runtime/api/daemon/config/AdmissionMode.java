package dev.donmai.runtime.api.daemon.config;

import java.util.Locale;

/** {@code projectAdmissionMode} (host.md §4.2): admit the allowlist only, or every session routed to this machine. */
public enum AdmissionMode {
    /** Only the configured projects are admitted (the default). */
    ENUMERATED,
    /** Every session is admitted; the canonical repository is the submitted one. */
    ALL_ROUTED;

    /** The spelling in daemon.yaml and the control API: {@code enumerated}, {@code all-routed}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
