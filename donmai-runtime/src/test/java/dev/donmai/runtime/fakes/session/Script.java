package dev.donmai.runtime.fakes.session;

import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.Usage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

/** What a {@link ScriptedHarnessProvider} session does, step by step, on its own thread. */
public final class Script {

    /** One step. */
    public sealed interface Step {
    }

    /** Emits an event made at the current instant. */
    public record Emit(Function<Instant, AgentEvent> event) implements Step {
    }

    /** Does something in the workarea (write files, commit, …). */
    public record Act(Consumer<Path> action) implements Step {
    }

    /** Waits for the latch (or a stop). */
    public record Await(CountDownLatch latch) implements Step {
    }

    /** Blocks until stopped. */
    public record Hang() implements Step {
    }

    final List<Step> steps = new ArrayList<>();
    boolean ignoreStop;
    boolean failSpawn;

    public static Script of() {
        return new Script();
    }

    public Script init() {
        return emit(at -> new AgentEvent.Init(at, "native-1", "fake-model", List.of("shell"), null, false));
    }

    public Script text(String text) {
        return emit(at -> new AgentEvent.AssistantText(at, text, null, null));
    }

    public Script toolUse(String id, String name, Map<String, Object> input) {
        return emit(at -> new AgentEvent.ToolUse(at, id, name, input, null, null));
    }

    public Script toolResult(String id, String content) {
        return emit(at -> new AgentEvent.ToolResult(at, id, null, content, false, null));
    }

    public Script notice(double costUsd, long inputTokens, long outputTokens) {
        return emit(at -> new AgentEvent.SystemNotice(at, "usage", null, null, costUsd,
                new Usage(inputTokens, outputTokens, 0, 0)));
    }

    public Script unparsed(String line) {
        return emit(at -> new AgentEvent.SystemNotice(at, AgentEvent.SystemNotice.UNPARSED, null, line, null, null));
    }

    public Script success(String text) {
        return emit(at -> new AgentEvent.Result(at, true, "success", text, List.of(), 0.01, new Usage(10, 5, 0, 0), 1,
                10L));
    }

    public Script failure(String subtype) {
        return emit(at -> new AgentEvent.Result(at, false, subtype, "could not finish", List.of("tool failed"), null,
                null, 1, null));
    }

    public Script error(String code, Integer exitCode) {
        return emit(at -> new AgentEvent.Error(at, code, "harness said " + code, exitCode, false));
    }

    public Script emit(Function<Instant, AgentEvent> event) {
        steps.add(new Emit(event));
        return this;
    }

    public Script act(Consumer<Path> action) {
        steps.add(new Act(action));
        return this;
    }

    public Script await(CountDownLatch latch) {
        steps.add(new Await(latch));
        return this;
    }

    public Script hang() {
        steps.add(new Hang());
        return this;
    }

    /** A stop does not end the stream (a broken adapter), so the runner must end it. */
    public Script ignoringStop() {
        ignoreStop = true;
        return this;
    }

    /** {@code spawn} throws. */
    public Script failingSpawn() {
        failSpawn = true;
        return this;
    }
}
