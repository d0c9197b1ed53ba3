package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import java.util.List;

/** The outcome of merging a proposal: {@code Merged}, {@code Conflicted} or {@code Blocked}. */
public sealed interface MergeResult {

    /**
     * Merged.
     *
     * @param change the resulting change on the target branch
     */
    record Merged(ChangeRef change) implements MergeResult {
        public Merged {
            FieldChecks.require(change, "change");
        }
    }

    /**
     * Not merged: the branches conflict.
     *
     * @param conflicts the conflicts; not empty
     */
    record Conflicted(List<Conflict> conflicts) implements MergeResult {
        public Conflicted {
            conflicts = FieldChecks.requiredList(conflicts, "conflicts");
            FieldChecks.check(!conflicts.isEmpty(), "conflicts");
        }
    }

    /**
     * Not merged: a rule forbids it now (failing checks, missing review, branch protection).
     *
     * @param reason a secret-free description
     */
    record Blocked(String reason) implements MergeResult {
        public Blocked {
            FieldChecks.requireText(reason, "reason");
        }
    }
}
