package ai.rensei.cli.agent;

import ai.rensei.cli.output.Json;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.donmai.runtime.api.SessionResult;
import java.io.PrintWriter;
import java.util.List;

/** How {@code agent run} reports a finished session: a short summary for people, or the JSON result. */
final class RunReport {

    private RunReport() {
    }

    /**
     * The {@code --json} body: {@code {sessionId, state, verdict, summary, harness, branch, commitSha?, worktreePath,
     * durationMs, failureMode?}}. {@code verdict} is {@code null} when the agent gave none (a stopped session).
     */
    static String json(SessionResult result) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("sessionId", result.sessionId());
        body.put("state", result.state().wire());
        body.put("verdict", result.verdict() == null ? null : result.verdict().wire());
        body.put("summary", result.summary());
        body.put("harness", result.harness());
        body.put("branch", result.branch());
        if (result.commitSha() != null) {
            body.put("commitSha", result.commitSha());
        }
        body.put("worktreePath", result.workareaPath());
        body.put("durationMs", result.durationMs());
        if (result.failureMode() != null) {
            body.put("failureMode", result.failureMode().controlWire());
        }
        return Json.pretty(body);
    }

    static void summary(SessionResult result, RepositoryArgument repository, PrintWriter out) {
        out.println();
        row(out, "Verdict", result.verdict() == null
                ? "none (" + result.state().wire() + (result.failureMode() == null ? "" : ", "
                        + result.failureMode().controlWire()) + ")"
                : result.verdict().wire() + (result.verdictSource() == null ? ""
                        : " (" + result.verdictSource().wire() + ")"));
        if (!result.summary().isBlank()) {
            row(out, "Summary", result.summary().lines().findFirst().orElse(""));
        }
        if (result.branch() != null) {
            row(out, "Branch", result.branch() + (result.pushed() ? " (pushed to " + repository.repository() + ")" : ""));
        }
        if (result.commitSha() != null) {
            row(out, "Commit", result.commitSha());
            if (result.baseCommit() != null && result.pushed()) {
                List<String> files = repository.filesChanged(result.baseCommit(), result.commitSha());
                row(out, "Files", files.size() + " changed" + (files.isEmpty() ? "" : " (" + String.join(", ",
                        files.subList(0, Math.min(files.size(), 5))) + (files.size() > 5 ? ", …" : "") + ")"));
            }
        }
        row(out, "Duration", String.format("%.1fs", result.durationMs() / 1000.0));
        for (String warning : result.warnings()) {
            row(out, "Warning", warning);
        }
    }

    private static void row(PrintWriter out, String label, String value) {
        out.printf("  %-10s %s%n", label + ":", value);
    }
}
