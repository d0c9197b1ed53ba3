package dev.donmai.runtime.api.daemon.config;

import java.util.Objects;
import java.util.Optional;

/** Whether a session is admitted (host.md §4.3), and what admission resolved. */
public sealed interface AdmissionDecision {

    /**
     * Admitted.
     *
     * @param org                 the satellite org whose file admitted it; empty = the primary file
     * @param projectId           the project the session runs for, when one is known
     * @param canonicalRepository what to check out; empty = no checkout (an empty repository)
     */
    record Admitted(Optional<String> org, Optional<String> projectId, Optional<String> canonicalRepository)
            implements AdmissionDecision {
        public Admitted {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(canonicalRepository, "canonicalRepository");
        }
    }

    /**
     * Refused; the control API answers 400 with {@code error}.
     *
     * @param error the exact message of host.md §3.4, e.g. {@code project "x" is not allowed}
     */
    record Refused(String error) implements AdmissionDecision {
        public Refused {
            Objects.requireNonNull(error, "error");
        }
    }
}
