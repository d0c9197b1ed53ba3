package ai.rensei.cli.host;

import ai.rensei.cli.output.TextTable;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Human views of the {@code /sessions} replies (host.md §1.3): the table {@code SESSION  STATE  PROJECT  HARNESS  AGE}
 * (age since acceptance, in {@link Uptime} form) or {@value #EMPTY}, and the labelled view of one SessionHandle with
 * its accepted spec and work item.
 */
final class SessionFormat {

    static final String EMPTY = "No active sessions";
    private static final String[][] DETAIL_FIELDS = {
        {"Session", "sessionId"}, {"State", "state"}, {"Accepted", "acceptedAt"}, {"Started", "startedAt"},
        {"Ended", "endedAt"}, {"PID", "pid"}, {"Project", "projectId"}, {"Project name", "projectName"},
        {"Organization", "organizationId"}, {"Repository", "repository"},
        {"Canonical repository", "canonicalRepository"}, {"Ref", "ref"}, {"Harness", "harness"}, {"Model", "model"},
        {"Work type", "workType"}, {"Source", "source"}, {"Worktree", "worktreePath"}, {"Verdict", "verdict"},
        {"Failure mode", "failureMode"}, {"Exit code", "exitCode"},
    };

    private SessionFormat() {
    }

    /** Accepts the spec's bare array or an object with a {@code sessions} array. */
    static List<String> table(JsonNode body, Instant now) {
        JsonNode sessions = body.isArray() ? body : body.path("sessions");
        TextTable table = new TextTable("SESSION", "STATE", "PROJECT", "HARNESS", "AGE");
        for (JsonNode session : sessions) {
            table.row(JsonText.field(session, "sessionId"), JsonText.field(session, "state"),
                    JsonText.field(session, "projectId"), JsonText.field(session, "harness"), age(session, now));
        }
        return table.isEmpty() ? List.of(EMPTY) : table.lines();
    }

    static List<String> detail(JsonNode session) {
        LabelledLines lines = new LabelledLines();
        for (String[] field : DETAIL_FIELDS) {
            lines.addPresent(field[0], session, field[1]);
        }
        return lines.addObject("Spec", session.path("spec")).addObject("Work item", session.path("workItem")).lines();
    }

    private static String age(JsonNode session, Instant now) {
        return instant(session.path("acceptedAt"))
                .map(accepted -> Uptime.format(Duration.between(accepted, now)))
                .orElse(JsonText.MISSING);
    }

    private static Optional<Instant> instant(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeParseException notRfc3339) {
            return Optional.empty();
        }
    }
}
