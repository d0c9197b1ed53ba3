package dev.donmai.contracts.vcs;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Ids;
import dev.donmai.contracts.provider.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who and what made a change; recorded as commit {@link Trailers trailers} (and natively by a {@link VcsAttestor}).
 *
 * @param sessionId        the session that made the change ({@value Trailers#SESSION_ID})
 * @param coAuthoredBy     co-authors as {@code Name <email>} ({@value Trailers#CO_AUTHORED_BY}, one trailer each)
 * @param kitSet           kits in effect as {@code id@version} ({@value Trailers#KIT_SET}, comma-joined); may be
 *                         empty
 * @param workareaSnapshot the workarea's clean-state checksum or snapshot id ({@value Trailers#WORKAREA_SNAPSHOT})
 * @param model            the model that made the change ({@value Trailers#MODEL})
 */
public record ChangeAttestation(
        String sessionId,
        List<String> coAuthoredBy,
        List<String> kitSet,
        @Nullable String workareaSnapshot,
        @Nullable String model) {

    public ChangeAttestation {
        Ids.requireSessionId(sessionId, "sessionId");
        coAuthoredBy = FieldChecks.requiredTexts(coAuthoredBy, "coAuthoredBy");
        coAuthoredBy.forEach(v -> FieldChecks.check(Trailers.isValidValue(v), "coAuthoredBy"));
        kitSet = FieldChecks.requiredTexts(kitSet, "kitSet");
        kitSet.forEach(v -> FieldChecks.check(Trailers.isValidValue(v) && !v.contains(","), "kitSet"));
        FieldChecks.optionalText(workareaSnapshot, "workareaSnapshot");
        FieldChecks.check(workareaSnapshot == null || Trailers.isValidValue(workareaSnapshot), "workareaSnapshot");
        FieldChecks.optionalText(model, "model");
        FieldChecks.check(model == null || Trailers.isValidValue(model), "model");
    }

    /** An attestation naming only the session. */
    public static ChangeAttestation ofSession(String sessionId) {
        return new ChangeAttestation(sessionId, List.of(), List.of(), null, null);
    }

    /**
     * The trailers this attestation puts on a change, in this order: session id, kit set (when not empty),
     * workarea snapshot, model (when set), then one {@code Co-Authored-By} per co-author.
     */
    public List<Map.Entry<String, String>> trailers() {
        List<Map.Entry<String, String>> trailers = new ArrayList<>();
        trailers.add(Map.entry(Trailers.SESSION_ID, sessionId));
        if (!kitSet.isEmpty()) {
            trailers.add(Map.entry(Trailers.KIT_SET, String.join(",", kitSet)));
        }
        if (workareaSnapshot != null) {
            trailers.add(Map.entry(Trailers.WORKAREA_SNAPSHOT, workareaSnapshot));
        }
        if (model != null) {
            trailers.add(Map.entry(Trailers.MODEL, model));
        }
        coAuthoredBy.forEach(coAuthor -> trailers.add(Map.entry(Trailers.CO_AUTHORED_BY, coAuthor)));
        return List.copyOf(trailers);
    }
}
