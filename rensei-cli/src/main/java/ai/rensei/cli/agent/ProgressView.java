package ai.rensei.cli.agent;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionHandle;
import dev.donmai.contracts.session.SessionState;
import dev.donmai.runtime.api.SessionListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable progress of one session: one line per state change and per event, {@code +<seconds>  <kind>  <what>},
 * coloured only when asked to (a terminal without {@code NO_COLOR}). Lines are cut to one screen line; the full
 * record is in the session's {@code .agent/events.jsonl}.
 */
final class ProgressView implements SessionListener {

    private static final int WIDTH = 100;

    private final PrintWriter out;
    private final boolean colour;
    private final Clock clock;
    private final Instant started;
    private final List<SessionState> held = new ArrayList<>();
    private boolean shown;

    ProgressView(PrintWriter out, boolean colour, Clock clock) {
        this.out = out;
        this.colour = colour;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Override
    public synchronized void onStateChanged(SessionHandle handle) {
        // Until the agent runs, state lines are held back: a session refused while preparing ends in one error line.
        if (!shown && (handle.state() == SessionState.ACCEPTED || handle.state() == SessionState.PROVISIONING
                || handle.state() == SessionState.FAILED)) {
            held.add(handle.state());
            return;
        }
        showHeld();
        line("state", Style.DIM, handle.state().wire());
    }

    private void showHeld() {
        if (!shown) {
            shown = true;
            held.forEach(state -> line("state", Style.DIM, state.wire()));
            held.clear();
        }
    }

    @Override
    public synchronized void onEvent(String sessionId, AgentEvent event) {
        showHeld();
        if (event instanceof AgentEvent.Init init) {
            line("init", Style.DIM, describeInit(init));
        } else if (event instanceof AgentEvent.AssistantText text) {
            line("text", Style.PLAIN, text.text());
        } else if (event instanceof AgentEvent.ToolUse use) {
            line("tool", Style.CYAN, use.toolName() + " " + use.input());
        } else if (event instanceof AgentEvent.ToolResult result) {
            line(result.isError() ? "tool err" : "tool ok", result.isError() ? Style.RED : Style.DIM,
                    result.content());
        } else if (event instanceof AgentEvent.ToolProgress progress) {
            line("progress", Style.DIM,
                    progress.message() == null ? String.valueOf(progress.toolName()) : progress.message());
        } else if (event instanceof AgentEvent.SystemNotice notice) {
            line("system", Style.DIM, notice.subtype() + (notice.message() == null ? "" : ": " + notice.message()));
        } else if (event instanceof AgentEvent.LlmCall call) {
            line("llm", Style.DIM, call.inputTokens() + " in / " + call.outputTokens() + " out tokens");
        } else if (event instanceof AgentEvent.Result result) {
            line("result", result.success() ? Style.GREEN : Style.RED,
                    (result.success() ? "success" : "failure") + (result.text() == null ? "" : ": " + result.text()));
        } else if (event instanceof AgentEvent.Error error) {
            line("error", Style.RED, error.code() + ": " + error.message());
        }
    }

    @Override
    public synchronized void onWarning(String sessionId, String warning) {
        showHeld();
        line("warning", Style.YELLOW, warning);
    }

    private static String describeInit(AgentEvent.Init init) {
        StringBuilder text = new StringBuilder(init.synthesized() ? "session started" : "agent started");
        if (init.model() != null) {
            text.append(", model ").append(init.model());
        }
        if (!init.tools().isEmpty()) {
            text.append(", ").append(init.tools().size()).append(" tools");
        }
        return text.toString();
    }

    private void line(String kind, Style style, String what) {
        Duration elapsed = Duration.between(started, clock.instant());
        String time = String.format("+%5.1fs", elapsed.toMillis() / 1000.0);
        String body = oneLine(what);
        String label = String.format("%-8s", kind);
        out.println(colour
                ? Style.DIM.paint(time) + "  " + style.paint(label) + "  " + body
                : time + "  " + label + "  " + body);
        out.flush();
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= WIDTH ? flat : flat.substring(0, WIDTH - 1) + "…";
    }

    private enum Style {
        PLAIN(""), DIM("2"), RED("31"), GREEN("32"), YELLOW("33"), CYAN("36");

        private final String code;

        Style(String code) {
            this.code = code;
        }

        String paint(String text) {
            return code.isEmpty() ? text : "\u001b[" + code + "m" + text + "\u001b[0m";
        }
    }
}
