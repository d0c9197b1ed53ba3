package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import java.util.List;

/** The outcome of a pull: {@code Clean}, {@code AutoResolved} or {@code Conflicted}. */
public sealed interface PullResult {

    /** The {@code Clean} value. */
    PullResult CLEAN = new Clean();

    /** Integrated without any conflict. */
    record Clean() implements PullResult {
    }

    /**
     * Integrated; the VCS resolved conflicts on its own.
     *
     * @param resolutions what it resolved and how; not empty
     */
    record AutoResolved(List<Resolution> resolutions) implements PullResult {
        public AutoResolved {
            resolutions = FieldChecks.requiredList(resolutions, "resolutions");
            FieldChecks.check(!resolutions.isEmpty(), "resolutions");
        }
    }

    /**
     * Not integrated: conflicts need resolving.
     *
     * @param conflicts the conflicts; not empty
     */
    record Conflicted(List<Conflict> conflicts) implements PullResult {
        public Conflicted {
            conflicts = FieldChecks.requiredList(conflicts, "conflicts");
            FieldChecks.check(!conflicts.isEmpty(), "conflicts");
        }
    }
}
