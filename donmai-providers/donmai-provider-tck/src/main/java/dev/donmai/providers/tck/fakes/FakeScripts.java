package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.providers.tck.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** The native event scripts of {@link FakeHarnessProvider}, one per {@link Scenario} (after sessions.md §12's stub). */
final class FakeScripts {

    /** One native step: after {@code delayMs}, emit an event, an unparseable line, or the end of the native stream. */
    sealed interface Step {
        long delayMs();
    }

    /** Emits the event made from the observation time and the native session id. */
    record Emit(long delayMs, BiFunction<Instant, String, AgentEvent> event) implements Step {
    }

    /** A line the adapter cannot parse. */
    record Garbage(long delayMs, String line) implements Step {
    }

    /** The native stream ends (EOF); the normaliser adds {@code silent-exit} when no terminal came. */
    record End(long delayMs) implements Step {
    }

    private FakeScripts() {
    }

    static List<Step> of(Scenario scenario) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Emit(0, (at, id) -> new AgentEvent.Init(at, id, "fake-model", List.of("shell"), null, false)));
        switch (scenario) {
            case SUCCEED_WITH_TEXT -> {
                steps.add(text(0, "Working on it."));
                steps.add(new Emit(0, (at, id) -> new AgentEvent.ToolUse(at, "tu-1", "shell",
                        Map.of("command", "ls"), "shell", null)));
                steps.add(new Emit(0, (at, id) -> new AgentEvent.ToolResult(at, "tu-1", "shell", "README.md",
                        false, null)));
                steps.add(text(0, "Done. WORK_RESULT:passed"));
                steps.add(new Emit(0, (at, id) -> AgentEvent.Result.success(at, "Done.")));
                steps.add(new End(0));
            }
            case FAIL -> {
                steps.add(text(0, "Trying."));
                steps.add(new Emit(0, (at, id) -> new AgentEvent.Result(at, false, "error_during_execution",
                        "could not finish", List.of("tool failed"), null, null, 1, null)));
                steps.add(new End(0));
            }
            case MID_STREAM_ERROR -> {
                steps.add(text(0, "Starting."));
                steps.add(new Garbage(0, "this is not JSON"));
                steps.add(new Emit(0, (at, id) -> new AgentEvent.Error(at, "upstream-error", "the model API failed",
                        null, true)));
                steps.add(text(0, "dropped one"));
                steps.add(text(0, "dropped two"));
                steps.add(new End(0));
            }
            case SILENT_EXIT -> {
                steps.add(text(0, "About to vanish."));
                steps.add(new End(0));
            }
            case HANG -> {
                // Init only: nothing more until stopped.
            }
            case SLOW_OUTPUT -> {
                for (int i = 1; i <= 4; i++) {
                    String line = i == 4 ? "Step 4. WORK_RESULT:passed" : "Step " + i + ".";
                    steps.add(text(250, line));
                }
                steps.add(new Emit(0, (at, id) -> AgentEvent.Result.success(at, "All steps done.")));
                steps.add(new End(0));
            }
        }
        return List.copyOf(steps);
    }

    private static Step text(long delayMs, String text) {
        return new Emit(delayMs, (at, id) -> new AgentEvent.AssistantText(at, text, null, null));
    }
}
