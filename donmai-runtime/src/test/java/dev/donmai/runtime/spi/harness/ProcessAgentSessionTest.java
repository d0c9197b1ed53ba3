package dev.donmai.runtime.spi.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.runtime.spi.process.GroupProcess;
import dev.donmai.runtime.spi.process.LaunchSpec;
import dev.donmai.runtime.spi.process.ProcessLauncher;
import dev.donmai.runtime.spi.process.StderrTail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs({OS.LINUX, OS.MAC})
class ProcessAgentSessionTest {

    /** A tiny native format: {@code text:<t>}, {@code result:<t>}, {@code drop}; anything else is unparseable. */
    private static final LineParser TINY = (line, at) -> {
        if (line.startsWith("text:")) {
            return ParseResult.of(new AgentEvent.AssistantText(at, line.substring(5), null, null));
        }
        if (line.startsWith("result:")) {
            return ParseResult.of(AgentEvent.Result.success(at, line.substring(7)));
        }
        return line.equals("drop") ? ParseResult.dropped() : ParseResult.unparsed();
    };

    @TempDir
    Path dir;

    private final List<ProcessAgentSession> sessions = new ArrayList<>();
    private final ThreadFactory threads = Executors.defaultThreadFactory();

    @AfterEach
    void close() {
        sessions.forEach(ProcessAgentSession::close);
    }

    @Test
    void plainTextHarnessMapsLinesAndExit() throws IOException {
        ProcessAgentSession session = start("printf 'one\\n\\ntwo\\n'; echo warn >&2", new PlainTextLineParser());
        List<AgentEvent> events = drain(session, Duration.ofSeconds(10));
        // stdout and stderr are read by two threads: their relative order is not defined
        assertThat(kinds(events)).containsExactlyInAnyOrder("init", "assistant_text", "assistant_text", "system",
                "result");
        assertThat(events.get(0)).isInstanceOf(AgentEvent.Init.class);
        assertThat(events).filteredOn(AgentEvent.AssistantText.class::isInstance)
                .extracting(e -> ((AgentEvent.AssistantText) e).text()).containsExactly("one", "two");
        assertThat(((AgentEvent.Result) events.get(4)).text()).isEqualTo("two");
        assertThat(events).filteredOn(AgentEvent.SystemNotice.class::isInstance)
                .extracting(e -> ((AgentEvent.SystemNotice) e).message()).containsExactly("warn");
        assertThat(session.exitCode()).hasValue(0);
        assertThat(Files.readString(dir.resolve(".agent/harness.stderr.log"))).isEqualTo("warn\n");
    }

    @Test
    void aNonZeroExitOfPlainTextIsAFailedResult() throws IOException {
        List<AgentEvent> events = drain(start("echo out; exit 4", new PlainTextLineParser()), Duration.ofSeconds(10));
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(AgentEvent.Result.class, r -> {
            assertThat(r.success()).isFalse();
            assertThat(r.subtype()).isEqualTo("exit");
        });
    }

    @Test
    void silentExitCarriesTheStderrTailAndExitCode() throws IOException {
        List<AgentEvent> events = drain(start("echo text:hi; echo 'it broke' >&2; exit 0", TINY),
                Duration.ofSeconds(10));
        assertThat(kinds(events)).containsExactly("init", "assistant_text", "error");
        AgentEvent.Error error = (AgentEvent.Error) events.get(2);
        assertThat(error.code()).isEqualTo("silent-exit");
        assertThat(error.exitCode()).isZero();
        assertThat(error.message()).contains("it broke");
    }

    @Test
    void noEventAndANonZeroExitIsSpawnFailed() throws IOException {
        List<AgentEvent> events = drain(start("echo 'usage: bad flag' >&2; exit 2", TINY), Duration.ofSeconds(10));
        assertThat(((AgentEvent.Error) events.get(events.size() - 1)).code()).isEqualTo("spawn-failed");
    }

    @Test
    void eventsAfterTheTerminalAreDroppedAndCounted() throws IOException {
        ProcessAgentSession session = start("echo text:a; echo result:done; echo text:b; echo garbage; echo drop",
                TINY);
        List<AgentEvent> events = drain(session, Duration.ofSeconds(10));
        assertThat(kinds(events)).containsExactly("init", "assistant_text", "result");
        await().atMost(Duration.ofSeconds(10)).until(() -> session.droppedAfterTerminal() == 3);
        assertThat(session.events().next(Duration.ofMillis(10))).isEmpty();
        assertThat(session.events().isFinished()).isTrue();
    }

    @Test
    void aFloodOfGarbageIsAProtocolErrorAndKillsTheGroup() throws IOException {
        ProcessAgentSession session = start(
                "echo text:a; i=0; while [ $i -lt 150 ]; do echo 'not json'; i=$((i+1)); done; sleep 600", TINY);
        List<AgentEvent> events = drain(session, Duration.ofSeconds(10));
        assertThat(((AgentEvent.Error) events.get(events.size() - 1)).code()).isEqualTo("stream-protocol-error");
        assertThat(events).filteredOn(e -> e instanceof AgentEvent.SystemNotice).hasSize(99);
        await().atMost(Duration.ofSeconds(5)).until(() -> !session.group().isGroupAlive());
    }

    @Test
    void stopEndsAHangingHarnessWithKilled() throws IOException {
        ProcessAgentSession session = start("echo text:started; trap '' TERM; sleep 600", TINY);
        assertThat(next(session, Duration.ofSeconds(10))).isPresent(); // init
        assertThat(next(session, Duration.ofSeconds(10))).isPresent(); // text
        Duration grace = Duration.ofMillis(300);
        long start = System.nanoTime();
        session.stop(StopMode.GRACEFUL, grace, "timeout");
        session.stop(StopMode.GRACEFUL, grace);
        List<AgentEvent> rest = drain(session, grace.plusSeconds(5));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(rest).singleElement().isInstanceOfSatisfying(AgentEvent.Error.class, e -> {
            assertThat(e.code()).isEqualTo("killed");
            assertThat(e.message()).isEqualTo("timeout");
        });
        assertThat(took).isLessThan(grace.plusSeconds(5));
        await().atMost(Duration.ofSeconds(5)).until(() -> !session.group().isGroupAlive());
        assertThat(session.awaitThreads(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aProcessThatEscapedTheGroupCannotKeepTheStreamOpenPastRule5() throws IOException {
        // A double fork into a new session: not in the group, not a descendant, and it holds stdout open.
        ProcessAgentSession session = start("(setsid sh -c 'echo $$ > escaped.pid; exec sleep 600' &); "
                + "while [ ! -s escaped.pid ]; do sleep 0.05; done; echo text:ready; sleep 600", TINY);
        assertThat(next(session, Duration.ofSeconds(10))).isPresent();
        assertThat(next(session, Duration.ofSeconds(10))).isPresent();
        long escaped = Long.parseLong(Files.readString(dir.resolve("escaped.pid")).trim());
        try {
            Duration grace = Duration.ofMillis(300);
            long start = System.nanoTime();
            session.stop(StopMode.GRACEFUL, grace);
            List<AgentEvent> rest = drain(session, grace.plusSeconds(6));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(rest).singleElement().isInstanceOfSatisfying(AgentEvent.Error.class,
                    e -> assertThat(e.code()).isEqualTo("killed"));
            assertThat(took).as("ended by the stopper, not by EOF")
                    .isGreaterThanOrEqualTo(grace.plus(ProcessAgentSession.STOP_MARGIN).minusMillis(50))
                    .isLessThanOrEqualTo(grace.plusSeconds(5));
            assertThat(ProcessHandle.of(escaped).map(GroupProcess::isRunning).orElse(false))
                    .as("the escaped process is outside the group's reach").isTrue();
        } finally {
            ProcessHandle.of(escaped).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void closeKillsAndReleasesTheStream() throws IOException {
        AtomicInteger closed = new AtomicInteger();
        GroupProcess group = launch("echo text:x; sleep 600");
        ProcessAgentSession session = ProcessAgentSession.start(new ProcessAgentSession.Setup(
                dev.donmai.contracts.session.SessionKey.local("s-close"), group, TINY, Clock.systemUTC(), threads,
                StderrTail.inMemory(), 16, s -> closed.incrementAndGet()));
        session.close();
        session.close();
        assertThat(closed).hasValue(1);
        assertThat(session.events().isFinished()).isTrue();
        assertThat(session.events().next(Duration.ofMillis(10))).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> !group.isGroupAlive());
    }

    private ProcessAgentSession start(String script, LineParser parser) throws IOException {
        GroupProcess group = launch(script);
        ProcessAgentSession session = ProcessAgentSession.start(ProcessAgentSession.Setup.of(
                SessionKey.local("s-" + sessions.size()), group, parser, Clock.systemUTC(), threads,
                StderrTail.toFile(dir.resolve(".agent/harness.stderr.log"))));
        sessions.add(session);
        return session;
    }

    private GroupProcess launch(String script) throws IOException {
        return ProcessLauncher.detect(Clock.systemUTC(), System.getLogger("test"))
                .launch(LaunchSpec.of(List.of("/bin/sh", "-c", script), dir, Map.of()), threads);
    }

    private static Optional<AgentEvent> next(ProcessAgentSession session, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && !session.events().isFinished()) {
            Optional<AgentEvent> event = session.events().next(Duration.ofMillis(50));
            if (event.isPresent()) {
                return event;
            }
        }
        return Optional.empty();
    }

    private static List<AgentEvent> drain(ProcessAgentSession session, Duration within) {
        List<AgentEvent> events = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && !session.events().isFinished()) {
            session.events().next(Duration.ofMillis(50)).ifPresent(events::add);
        }
        return events;
    }

    private static List<String> kinds(List<AgentEvent> events) {
        return events.stream().map(AgentEvent::kind).toList();
    }
}
