package dev.donmai.runtime.api.daemon.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A satellite file {@code <home>/daemon-<org>.yaml}: another organization served by the same daemon, with its own
 * orchestrator credentials and allowlist (host.md §2 "Satellite", §4.3 "Orgs").
 *
 * @param org      the organization slug, {@code ^[a-z0-9][a-z0-9-]{0,62}$}
 * @param settings the file's settings (only {@code orchestrator.*} and the admission keys are honoured)
 */
public record Satellite(String org, DaemonSettings settings) {

    /** A valid organization slug. */
    public static final Pattern ORG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

    public Satellite {
        if (!ORG.matcher(Objects.requireNonNull(org, "org")).matches()) {
            throw new IllegalArgumentException("invalid org slug");
        }
        Objects.requireNonNull(settings, "settings");
    }

    /** The file name of an org's satellite: {@code daemon-<org>.yaml}. */
    public static String fileName(String org) {
        return "daemon-" + org + ".yaml";
    }
}
