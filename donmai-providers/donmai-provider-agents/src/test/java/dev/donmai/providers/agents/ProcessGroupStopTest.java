package dev.donmai.providers.agents;

import static dev.donmai.providers.agents.HarnessRig.drain;
import static dev.donmai.providers.agents.HarnessRig.info;
import static dev.donmai.providers.agents.HarnessRig.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.runtime.spi.harness.StubBehaviour;
import dev.donmai.runtime.spi.harness.StubOptions;
import dev.donmai.runtime.spi.process.GroupProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stop kills the whole process group (sessions.md §6, §8; stream rule 5), for every adapter: a harness whose child
 * ignores SIGTERM and has a grandchild (both holding stdout) is gone within grace + 5 s, the stream ends with
 * {@code Error("killed")}, and only SIGKILL after the grace ended it. Checked per process with
 * {@link GroupProcess#isRunning} ({@link ProcessHandle#isAlive()} minus zombies: this machine's init reaps orphans
 * late or never, and a zombie is a process that has already exited).
 */
class ProcessGroupStopTest {

    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final Duration RULE_5 = GRACE.plusSeconds(5);

    /** A shell harness playing the same tree as the fakes' TREE scenario. */
    private static final String SHELL_TREE = """
            ( trap '' TERM; sleep 600 & echo $! > grandchild.pid; wait ) &
            echo $! > child.pid
            while [ ! -s grandchild.pid ]; do sleep 0.05; done
            echo started
            while :; do sleep 600; done
            """;

    @TempDir
    Path cwd;

    /** name, rig, spec for a tree that ignores SIGTERM, spec for a plain hang. */
    static Stream<Arguments> harnesses() {
        return Stream.of(
                fake("claude"), fake("codex"), fake("opencode"),
                Arguments.of("shell", (Supplier<HarnessRig>) () -> HarnessRig.of(new ShellHarnessFactory(),
                                Map.of("enabled", true)),
                        (BiFunction<HarnessRig, Path, SpawnSpec>) (rig, cwd) -> ShellHarnessContractTest.spec(
                                SHELL_TREE, cwd),
                        (BiFunction<HarnessRig, Path, SpawnSpec>) (rig, cwd) -> ShellHarnessContractTest.spec(
                                "echo started; while :; do sleep 600; done", cwd)),
                Arguments.of("stub", (Supplier<HarnessRig>) () -> HarnessRig.of(new StubHarnessFactory(), Map.of()),
                        (BiFunction<HarnessRig, Path, SpawnSpec>) (rig, cwd) -> stub(cwd,
                                new StubOptions(StubBehaviour.HANG, 1, 0, true)),
                        (BiFunction<HarnessRig, Path, SpawnSpec>) (rig, cwd) -> stub(cwd,
                                StubOptions.DEFAULTS.withBehaviour(StubBehaviour.HANG))));
    }

    private static Arguments fake(String name) {
        return Arguments.of(name, (Supplier<HarnessRig>) () -> HarnessRig.fake(name),
                (BiFunction<HarnessRig, Path, SpawnSpec>) (rig, cwd) -> rig.spec(cwd, "TREE").build(),
                (BiFunction<HarnessRig, Path, SpawnSpec>) (rig, cwd) -> rig.spec(cwd, "HANG").build());
    }

    private static SpawnSpec stub(Path cwd, StubOptions options) {
        return SpawnSpec.builder(HarnessRig.key(), cwd, "hang", HarnessRig.endpoint(StubHarness.CAPABILITIES))
                .env(Map.of("DONMAI_STUB_OPTIONS", options.toJson(), "PATH", FakeClis.searchPath()))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harnesses")
    void gracefulStopKillsATermIgnoringChildAndItsGrandchild(String name, Supplier<HarnessRig> rigs,
            BiFunction<HarnessRig, Path, SpawnSpec> tree, BiFunction<HarnessRig, Path, SpawnSpec> hang)
            throws IOException {
        try (HarnessRig rig = rigs.get()) {
            AgentSession session = rig.spawn(tree.apply(rig, cwd));
            assertThat(next(session, Duration.ofSeconds(10))).as("first event").isPresent();
            List<ProcessHandle> processes = processes(session, cwd);
            assertThat(processes).allMatch(GroupProcess::isRunning);

            long stoppedAt = System.nanoTime();
            session.stop(StopMode.GRACEFUL, GRACE);
            session.stop(StopMode.GRACEFUL, GRACE);
            List<AgentEvent> rest = drain(session, RULE_5.plusSeconds(1));
            Duration toTerminal = Duration.ofNanos(System.nanoTime() - stoppedAt);

            assertThat(rest.get(rest.size() - 1)).isInstanceOfSatisfying(AgentEvent.Error.class, e -> {
                assertThat(e.code()).isEqualTo(AgentEvent.Error.KILLED);
                assertThat(e.message()).isEqualTo("graceful");
            });
            assertThat(toTerminal).as("rule 5: the terminal within grace + 5 s").isLessThanOrEqualTo(RULE_5);
            assertThat(toTerminal).as("SIGTERM alone did not end it: the TERM-ignoring child held stdout until "
                    + "SIGKILL after the grace").isGreaterThanOrEqualTo(GRACE);
            Duration left = RULE_5.minus(Duration.ofNanos(System.nanoTime() - stoppedAt)).plusMillis(100);
            await().atMost(left).until(() -> processes.stream().noneMatch(GroupProcess::isRunning));
            assertThat(info(session).group().isGroupAlive()).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harnesses")
    void immediateStopKillsAtOnce(String name, Supplier<HarnessRig> rigs,
            BiFunction<HarnessRig, Path, SpawnSpec> tree, BiFunction<HarnessRig, Path, SpawnSpec> hang)
            throws IOException {
        try (HarnessRig rig = rigs.get()) {
            AgentSession session = rig.spawn(tree.apply(rig, cwd));
            assertThat(next(session, Duration.ofSeconds(10))).isPresent();
            List<ProcessHandle> processes = processes(session, cwd);
            session.stop(StopMode.IMMEDIATE, Duration.ofSeconds(30));
            List<AgentEvent> rest = drain(session, Duration.ofSeconds(5));
            assertThat(((AgentEvent.Error) rest.get(rest.size() - 1)).message()).isEqualTo("immediate");
            await().atMost(Duration.ofSeconds(5)).until(() -> processes.stream().noneMatch(GroupProcess::isRunning));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harnesses")
    void aGracefulStopEscalatesWhenStoppedAgainImmediately(String name, Supplier<HarnessRig> rigs,
            BiFunction<HarnessRig, Path, SpawnSpec> tree, BiFunction<HarnessRig, Path, SpawnSpec> hang) {
        try (HarnessRig rig = rigs.get()) {
            AgentSession session = rig.spawn(tree.apply(rig, cwd));
            assertThat(next(session, Duration.ofSeconds(10))).isPresent();
            long stoppedAt = System.nanoTime();
            session.stop(StopMode.GRACEFUL, Duration.ofSeconds(60));
            session.stop(StopMode.IMMEDIATE, Duration.ZERO);
            drain(session, Duration.ofSeconds(6));
            assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(Duration.ofSeconds(6));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harnesses")
    void aPlainHangEndsOnSigterm(String name, Supplier<HarnessRig> rigs,
            BiFunction<HarnessRig, Path, SpawnSpec> tree, BiFunction<HarnessRig, Path, SpawnSpec> hang) {
        try (HarnessRig rig = rigs.get()) {
            AgentSession session = rig.spawn(hang.apply(rig, cwd));
            assertThat(next(session, Duration.ofSeconds(10))).isPresent();
            ProcessHandle leader = session.process().orElseThrow();
            session.stop(StopMode.GRACEFUL, Duration.ofSeconds(30));
            List<AgentEvent> rest = drain(session, Duration.ofSeconds(10));
            assertThat(((AgentEvent.Error) rest.get(rest.size() - 1)).code()).isEqualTo("killed");
            assertThat(((AgentEvent.Error) rest.get(rest.size() - 1)).exitCode()).as("killed by SIGTERM")
                    .isEqualTo(128 + 15);
            await().atMost(Duration.ofSeconds(5)).until(() -> !GroupProcess.isRunning(leader));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harnesses")
    void closeAndDeactivateKillTheGroup(String name, Supplier<HarnessRig> rigs,
            BiFunction<HarnessRig, Path, SpawnSpec> tree, BiFunction<HarnessRig, Path, SpawnSpec> hang)
            throws IOException {
        List<ProcessHandle> closed;
        List<ProcessHandle> deactivated;
        try (HarnessRig rig = rigs.get()) {
            Path first = Files.createDirectory(cwd.resolve("first"));
            Path second = Files.createDirectory(cwd.resolve("second"));
            AgentSession one = rig.spawn(tree.apply(rig, first));
            AgentSession two = rig.spawn(tree.apply(rig, second));
            assertThat(next(one, Duration.ofSeconds(10))).isPresent();
            assertThat(next(two, Duration.ofSeconds(10))).isPresent();
            closed = processes(one, first);
            deactivated = processes(two, second);
            one.close();
            one.close();
            assertThat(one.events().isFinished()).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> closed.stream().noneMatch(GroupProcess::isRunning));
            rig.provider.deactivate(Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(5)).until(() -> deactivated.stream().noneMatch(GroupProcess::isRunning));
        }
    }

    /** The leader, its descendants and the pids the tree wrote in {@code dir} (when it is a tree). */
    private static List<ProcessHandle> processes(AgentSession session, Path dir) throws IOException {
        List<ProcessHandle> all = new ArrayList<>();
        ProcessHandle leader = session.process().orElseThrow();
        all.add(leader);
        leader.descendants().forEach(all::add);
        for (String file : List.of("child.pid", "grandchild.pid")) {
            Path pidFile = dir.resolve(file);
            if (Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).ifPresent(all::add);
            }
        }
        return all;
    }
}
