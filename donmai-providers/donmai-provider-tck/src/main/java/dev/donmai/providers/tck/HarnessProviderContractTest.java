package dev.donmai.providers.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.Effort;
import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.agent.McpServerSpec;
import dev.donmai.contracts.agent.MessageInjector;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.session.AgentEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The conformance checks of the harness family ({@code agent-runtime}; contracts.md §6 row 6, §3.4 and the stream
 * rules of §4), on top of the base checks. The subclass supplies {@link #specFor(Scenario, Path)}: a spawn spec that
 * makes its harness play the {@link Scenario} in the given working directory. Every scenario's stream is checked
 * against rules 1–3, 6 and 7 ({@link StreamRules}); {@code SILENT_EXIT} adds rule 4, {@code HANG} rule 5 and
 * "stop twice". When the session has a process, the process and every descendant must be gone afterwards.
 *
 * @param <P> the provider type
 */
public abstract class HarnessProviderContractTest<P extends HarnessProvider>
        extends ProviderContractTest<P, HarnessCapabilities> {

    /**
     * A spec that makes this harness play {@code scenario} in {@code cwd}, or {@code Assumptions.abort(...)} when the
     * harness cannot be made to play it.
     */
    protected abstract SpawnSpec specFor(Scenario scenario, Path cwd);

    /** The longest a scenario may take to reach its terminal event. */
    protected Duration scenarioTimeout() {
        return Duration.ofSeconds(60);
    }

    /** The grace passed to {@code stop}. */
    protected Duration stopGrace() {
        return Duration.ofSeconds(2);
    }

    /** How long a stopped or finished process tree may take to disappear. */
    protected Duration processExitTimeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    protected Class<?> familyType() {
        return HarnessProvider.class;
    }

    @Override
    protected List<FacetCheck<P, HarnessCapabilities>> facets() {
        return List.of(FacetCheck.of("resumer", "supportsSessionResume", HarnessCapabilities::supportsSessionResume,
                HarnessProvider::resumer));
    }

    @Override
    protected void invokeAnyVerb(P provider) {
        try (AgentSession session = provider.spawn(specFor(Scenario.SUCCEED_WITH_TEXT, scratchDir("cwd")),
                verbTimeout())) {
            session.stop(StopMode.IMMEDIATE, Duration.ZERO);
        }
    }

    /**
     * An endpoint cell the harness can drive: its first declared protocol and host (or well-known defaults when it
     * declares none), auth mode {@code LOCAL}, free. A helper for {@link #specFor}.
     */
    protected static EndpointBinding endpointFor(HarnessCapabilities caps) {
        WireProtocol protocol = caps.drives().stream().findFirst().orElse(WireProtocol.ANTHROPIC_MESSAGES);
        ServingHost host = caps.drivesHosts().stream().findFirst().orElse(ServingHost.DIRECT);
        return new EndpointBinding("tck", "tck-model", null, protocol, host, AuthMode.LOCAL, CostModel.FREE, false,
                List.of());
    }

    // ---------------------------------------------------------------- scenarios

    @Test
    @DisplayName("[6] SUCCEED_WITH_TEXT: rules 1-3, 6, 7; a text, then Result(success)")
    void succeedWithText() {
        AgentStreamReader reader = play(Scenario.SUCCEED_WITH_TEXT);
        assertThat(reader.events()).as("events").anyMatch(AgentEvent.AssistantText.class::isInstance);
        assertThat(reader.terminal()).as("terminal").get().isInstanceOfSatisfying(AgentEvent.Result.class,
                r -> assertThat(r.success()).as("Result.success").isTrue());
    }

    @Test
    @DisplayName("[6] FAIL: rules 1-3, 6, 7; a failed end")
    void failingRun() {
        AgentStreamReader reader = play(Scenario.FAIL);
        AgentEvent.Terminal terminal = reader.terminal().orElseThrow();
        if (terminal instanceof AgentEvent.Result result) {
            assertThat(result.success()).as("Result.success of a failing run").isFalse();
        }
    }

    @Test
    @DisplayName("[6] MID_STREAM_ERROR: rules 1-3, 6, 7; one Error ends the stream, later output is dropped")
    void midStreamError() {
        AgentStreamReader reader = play(Scenario.MID_STREAM_ERROR);
        assertThat(reader.terminal()).as("terminal").get().isInstanceOf(AgentEvent.Error.class);
    }

    @Test
    @DisplayName("[6] SILENT_EXIT: rules 1-3, 6, 7 and 4: Error(silent-exit)")
    void silentExit() {
        AgentStreamReader reader = play(Scenario.SILENT_EXIT);
        assertThat(reader.terminal()).as("terminal (rule 4)").get().isInstanceOfSatisfying(AgentEvent.Error.class,
                e -> assertThat(e.code()).as("Error.code").isEqualTo(AgentEvent.Error.SILENT_EXIT));
    }

    @Test
    @DisplayName("[6] SLOW_OUTPUT: rules 1-3, 6, 7; texts reach the consumer as they happen")
    void slowOutput() {
        AgentStreamReader reader = play(Scenario.SLOW_OUTPUT);
        List<Integer> texts = new ArrayList<>();
        for (int i = 0; i < reader.events().size(); i++) {
            if (reader.events().get(i) instanceof AgentEvent.AssistantText) {
                texts.add(i);
            }
        }
        assertThat(texts).as("assistant texts of SLOW_OUTPUT").hasSizeGreaterThanOrEqualTo(3);
        long spreadMs = TimeUnit.NANOSECONDS.toMillis(
                reader.arrivalNanos(texts.get(texts.size() - 1)) - reader.arrivalNanos(texts.get(0)));
        assertThat(spreadMs).as("ms between the first and last text as the consumer saw them (not one batch)")
                .isGreaterThanOrEqualTo(200);
        assertThat(reader.terminal()).get().isInstanceOfSatisfying(AgentEvent.Result.class,
                r -> assertThat(r.success()).isTrue());
    }

    @Test
    @DisplayName("[6] HANG + stop: stop twice; one terminal within grace + 5 s (rule 5); process tree gone")
    void hangThenStop() {
        P provider = activeProvider();
        SpawnSpec spec = specFor(Scenario.HANG, scratchDir("cwd"));
        AgentSession session = spawn(provider, spec);
        AgentStreamReader reader = new AgentStreamReader(session.events());
        reader.readUntil(e -> true, scenarioTimeout());
        assertThat(reader.events()).as("a hanging harness still starts its stream").isNotEmpty();
        assertThat(reader.terminal()).as("HANG must not end on its own").isEmpty();
        Set<ProcessHandle> tree = processTree(session);
        long stoppedAt = System.nanoTime();
        VerbCalls.run("stop", verbTimeout(), () -> session.stop(StopMode.GRACEFUL, stopGrace()));
        VerbCalls.run("stop (again)", verbTimeout(), () -> session.stop(StopMode.GRACEFUL, stopGrace()));
        Duration rule5 = stopGrace().plusSeconds(5);
        reader.readToEnd(rule5.plus(AgentStreamReader.POLL.multipliedBy(2)));
        assertThat(reader.terminalArrivalNanos()).as("a terminal after stop (rule 5)").isPresent();
        long afterStopMs = TimeUnit.NANOSECONDS.toMillis(reader.terminalArrivalNanos().get() - stoppedAt);
        assertThat(afterStopMs).as("ms from stop to the terminal (rule 5: grace + 5 s)")
                .isLessThanOrEqualTo(rule5.toMillis());
        checkRules(reader);
        VerbCalls.run("stop (after the end)", verbTimeout(), () -> session.stop(StopMode.IMMEDIATE, Duration.ZERO));
        closeTwice(session);
        awaitGone(tree);
    }

    // ---------------------------------------------------------------- spawn rules and facets

    @Test
    @DisplayName("[6] a set field the capabilities cannot honour is Unsupported and starts no process")
    void unhonouredFieldIsUnsupported() {
        P provider = activeProvider();
        HarnessCapabilities caps = provider.capabilities();
        SpawnSpec base = specFor(Scenario.SUCCEED_WITH_TEXT, scratchDir("cwd"));
        List<UnaryOperator<SpawnSpec.Builder>> unhonoured = new ArrayList<>();
        unhonoured.add(b -> b.endpoint(new EndpointBinding("tck", "tck-model", null,
                WireProtocol.of("tck-undriven-protocol"), ServingHost.of("tck-unknown-host"), AuthMode.LOCAL,
                CostModel.FREE, false, List.of())));
        if (!caps.supportsReasoningEffort()) {
            unhonoured.add(b -> b.effort(Effort.HIGH));
        }
        if (!caps.acceptsAllowedToolsList()) {
            unhonoured.add(b -> b.allowedTools(List.of("tck-tool")));
        }
        if (!caps.acceptsMcpServerSpec()) {
            unhonoured.add(b -> b.mcpServers(List.of(McpServerSpec.stdio("tck", "tck-mcp", List.of(), Map.of()))));
        }
        if (HarnessCapabilities.NO_PERMISSION_FORMAT.equals(caps.toolPermissionFormat())) {
            unhonoured.add(b -> b.permissionConfig("{}"));
        }
        for (UnaryOperator<SpawnSpec.Builder> change : unhonoured) {
            SpawnSpec spec = change.apply(base.toBuilder()).build();
            Set<ProcessHandle> before = children();
            ProviderException.Unsupported e = VerbCalls.expect(ProviderException.Unsupported.class, "spawn",
                    verbTimeout(), () -> closeAfterTest(provider.spawn(spec, verbTimeout())));
            assertThat(e.verb()).as("Unsupported.verb").startsWith("spawn");
            Set<ProcessHandle> started = children();
            started.removeAll(before);
            assertThat(started).as("processes started by a refused spawn").isEmpty();
        }
    }

    @Test
    @DisplayName("[3.4] the message injector is present iff supportsMessageInjection")
    void injectorFollowsTheFlag() {
        P provider = activeProvider();
        AgentSession session = spawn(provider, specFor(Scenario.HANG, scratchDir("cwd")));
        AgentStreamReader reader = new AgentStreamReader(session.events());
        reader.readUntil(e -> true, scenarioTimeout());
        Optional<MessageInjector> injector = VerbCalls.call("injector", verbTimeout(), session::injector);
        assertThat(injector.isPresent()).as("injector() present iff supportsMessageInjection")
                .isEqualTo(provider.capabilities().supportsMessageInjection());
        injector.ifPresent(i -> VerbCalls.run("inject", verbTimeout(), () -> i.inject("tck: hello", verbTimeout())));
        VerbCalls.run("stop", verbTimeout(), () -> session.stop(StopMode.IMMEDIATE, Duration.ZERO));
        reader.readToEnd(stopGrace().plusSeconds(5));
        checkRules(reader);
    }

    @Test
    @DisplayName("[3.4] a resumed session obeys the same stream rules")
    void resumedSessionObeysTheRules() {
        P provider = activeProvider();
        assumeTrue(provider.capabilities().supportsSessionResume(), "supportsSessionResume is false");
        AgentStreamReader first = play(provider, Scenario.SUCCEED_WITH_TEXT);
        String nativeId = first.events().stream().filter(AgentEvent.Init.class::isInstance)
                .map(e -> ((AgentEvent.Init) e).nativeSessionId()).filter(id -> id != null).findFirst()
                .orElse(null);
        assumeTrue(nativeId != null, "the first session reported no native session id");
        SpawnSpec spec = specFor(Scenario.SUCCEED_WITH_TEXT, scratchDir("cwd"));
        AgentSession resumed = closeAfterTest(VerbCalls.call("resume", verbTimeout(),
                () -> provider.resumer().orElseThrow().resume(spec, nativeId, verbTimeout())));
        AgentStreamReader reader = new AgentStreamReader(resumed.events());
        reader.readToEnd(scenarioTimeout());
        checkRules(reader);
    }

    // ---------------------------------------------------------------- helpers

    /** Plays {@code scenario} on a fresh active provider and checks the rules every scenario shares. */
    protected final AgentStreamReader play(Scenario scenario) {
        return play(activeProvider(), scenario);
    }

    /** Plays {@code scenario} on {@code provider} and checks the rules every scenario shares. */
    protected final AgentStreamReader play(P provider, Scenario scenario) {
        SpawnSpec spec = specFor(scenario, scratchDir("cwd"));
        AgentSession session = spawn(provider, spec);
        assertThat(session.key()).as("session key").isEqualTo(spec.key());
        AgentStreamReader reader = new AgentStreamReader(session.events());
        reader.readUntil(e -> true, scenarioTimeout());
        Set<ProcessHandle> tree = processTree(session);
        reader.readToEnd(scenarioTimeout());
        checkRules(reader);
        reader.events().stream().filter(AgentEvent.Init.class::isInstance).map(AgentEvent.Init.class::cast)
                .filter(init -> init.nativeSessionId() != null).findFirst()
                .ifPresent(init -> assertThat(session.nativeSessionId()).as("nativeSessionId() after Init")
                        .contains(init.nativeSessionId()));
        VerbCalls.run("stop (after the end)", verbTimeout(), () -> session.stop(StopMode.GRACEFUL, stopGrace()));
        closeTwice(session);
        awaitGone(tree);
        return reader;
    }

    /** Spawns through {@link VerbCalls}; the session is closed after the test. */
    protected final AgentSession spawn(P provider, SpawnSpec spec) {
        AgentSession session = VerbCalls.call("spawn", verbTimeout(), () -> provider.spawn(spec, verbTimeout()));
        assertThat(session).as("spawn result").isNotNull();
        return closeAfterTest(session);
    }

    private static void checkRules(AgentStreamReader reader) {
        List<String> problems = new ArrayList<>(StreamRules.violations(reader.events()));
        problems.addAll(reader.checkQuietTail());
        if (!problems.isEmpty()) {
            fail("stream rules (contracts.md §4) broken: " + problems + "; events: "
                    + reader.events().stream().map(AgentEvent::kind).toList());
        }
    }

    private static void closeTwice(AgentSession session) {
        try {
            session.close();
            session.close();
        } catch (Exception e) {
            fail("AgentSession.close() must be idempotent and never throw", e);
        }
    }

    /** The session's process and its descendants now, so their end can be checked once they are gone. */
    private static Set<ProcessHandle> processTree(AgentSession session) {
        Set<ProcessHandle> tree = new HashSet<>();
        session.process().ifPresent(p -> {
            tree.add(p);
            p.descendants().forEach(tree::add);
        });
        return tree;
    }

    private void awaitGone(Set<ProcessHandle> tree) {
        long deadline = System.nanoTime() + processExitTimeout().toNanos();
        for (ProcessHandle process : tree) {
            long left = Math.max(1, deadline - System.nanoTime());
            try {
                process.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                fail("process " + process.pid() + " of the harness is still alive "
                        + processExitTimeout().toSeconds() + " s after the session ended (process group not gone)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for the harness processes", e);
            } catch (java.util.concurrent.ExecutionException e) {
                fail("waiting for the harness processes failed", e);
            }
        }
    }

    private static Set<ProcessHandle> children() {
        Set<ProcessHandle> all = new HashSet<>();
        ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).forEach(all::add);
        return all;
    }
}
