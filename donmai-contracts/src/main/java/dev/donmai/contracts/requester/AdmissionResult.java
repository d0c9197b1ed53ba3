package dev.donmai.contracts.requester;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import java.util.regex.Pattern;

/** The outcome of {@link RequesterProvider#admit}: {@code Admitted} or {@code Denied}. */
public sealed interface AdmissionResult {

    /**
     * Admitted.
     *
     * @param requester who asked, {@code external:<org>:<handle>} (both parts path-safe ids)
     * @param work      what they asked for
     */
    record Admitted(String requester, RequestedWork work) implements AdmissionResult {

        private static final Pattern REQUESTER = Pattern.compile("^external:([^:]+):([^:]+)$");

        public Admitted {
            FieldChecks.require(requester, "requester");
            var m = REQUESTER.matcher(requester);
            FieldChecks.check(m.matches() && Ids.isId(m.group(1)) && Ids.isId(m.group(2)), "requester");
            FieldChecks.require(work, "work");
        }

        /** The requester id {@code external:<org>:<handle>}. */
        public static String requesterId(String org, String handle) {
            Ids.requireId(org, "org");
            Ids.requireId(handle, "handle");
            return "external:" + org + ":" + handle;
        }
    }

    /**
     * Denied; nothing runs.
     *
     * @param reason a short, secret-free code (e.g. {@code unknown-bearer}, {@code bad-signature})
     */
    record Denied(String reason) implements AdmissionResult {
        public Denied {
            FieldChecks.requireText(reason, "reason");
        }
    }
}
