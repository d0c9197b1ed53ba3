package ai.rensei.cli.host;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Registration:} value of {@code host status} and {@code host stats}, from the reply's {@code registration}
 * object (host.md §3.3):
 *
 * <ul>
 *   <li>{@code registered (last poll <lastPollAt>, <n> failures)}, or {@code (no poll yet, <n> failures)};</li>
 *   <li>{@code disabled} (standalone: no orchestrator configured) and {@code stub};</li>
 *   <li>{@code registering}, with {@code (<n> failures, last error: <lastError>)} once a try has failed;</li>
 *   <li>{@code failing (<n> failures, last error: <lastError>)};</li>
 *   <li>any other state verbatim, with the same failure suffix; {@code unknown} when the reply has none.</li>
 * </ul>
 */
final class RegistrationText {

    private RegistrationText() {
    }

    static String describe(JsonNode registration) {
        String state = JsonText.present(registration, "state").map(JsonNode::asText).orElse("unknown");
        long failures = registration.path("consecutiveFailures").asLong(0);
        switch (state) {
            case "registered":
                String poll = JsonText.present(registration, "lastPollAt")
                        .map(at -> "last poll " + at.asText()).orElse("no poll yet");
                return state + " (" + poll + ", " + failures + " failures)";
            case "disabled":
            case "stub":
            case "unknown":
                return state;
            case "failing":
                return state + failureSuffix(registration, Math.max(1, failures));
            default:
                return failures > 0 ? state + failureSuffix(registration, failures) : state;
        }
    }

    private static String failureSuffix(JsonNode registration, long failures) {
        List<String> parts = new ArrayList<>();
        parts.add(failures + " failures");
        JsonText.present(registration, "lastError").ifPresent(error -> parts.add("last error: " + JsonText.scalar(error)));
        return " (" + String.join(", ", parts) + ")";
    }
}
