package ai.rensei.cli.host;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The human view of {@code GET /status} (host.md §1.3). */
final class StatusFormat {

    private StatusFormat() {
    }

    static List<String> lines(JsonNode status) {
        return new LabelledLines()
                .add("Daemon", JsonText.field(status, "status"))
                .add("Machine", JsonText.field(status, "machineId"))
                .add("Version", JsonText.field(status, "version"))
                .add("PID", JsonText.field(status, "pid"))
                .add("Uptime", JsonText.present(status, "uptimeSeconds")
                        .map(seconds -> Uptime.ofSeconds(seconds.asLong())).orElse(JsonText.MISSING))
                .add("Sessions", JsonText.field(status, "activeSessions") + " / " + JsonText.field(status, "maxSessions"))
                .add("Projects", JsonText.field(status, "projectsAllowed") + " allowed")
                .add("Registration", RegistrationText.describe(status.path("registration")))
                .add("Timestamp", JsonText.field(status, "timestamp"))
                .lines();
    }
}
