package dev.donmai.runtime.internal.daemon.state;

import static org.awaitility.Awaitility.await;

import dev.donmai.runtime.spi.process.GroupProcess;
import dev.donmai.runtime.spi.process.LaunchSpec;
import dev.donmai.runtime.spi.process.ProcessLauncher;
import dev.donmai.runtime.spi.process.Signal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A real harness-like process group started the way the engine starts harnesses ({@code setsid}, pid = pgid): a
 * shell leader with a child that ignores SIGTERM and a grandchild that inherits that, so only SIGKILL to the group
 * ends them all.
 */
final class HarnessGroup implements AutoCloseable {

    private static final String TREE = """
            ( trap '' TERM; sleep 300 & echo $! > grandchild.pid; wait ) &
            echo $! > child.pid
            wait
            """;

    private final GroupProcess group;
    private final List<Long> members;

    private HarnessGroup(GroupProcess group, List<Long> members) {
        this.group = group;
        this.members = members;
    }

    static HarnessGroup start(Path dir) {
        try {
            Files.createDirectories(dir);
            GroupProcess group = ProcessLauncher.detect(Clock.systemUTC(), System.getLogger("test"))
                    .launch(LaunchSpec.of(List.of("/bin/sh", "-c", TREE), dir, Map.of()),
                            Executors.defaultThreadFactory());
            await().atMost(Duration.ofSeconds(10)).until(() -> nonEmpty(dir.resolve("child.pid"))
                    && nonEmpty(dir.resolve("grandchild.pid")));
            List<Long> members = new ArrayList<>();
            members.add(group.pid());
            members.add(readPid(dir.resolve("child.pid")));
            members.add(readPid(dir.resolve("grandchild.pid")));
            return new HarnessGroup(group, members);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return group.pid();
    }

    /** The leader's start instant as the OS reports it: what the daemon records. */
    Instant start() {
        return group.handle().info().startInstant().orElseThrow();
    }

    /** True while any member of the tree still runs (zombies excluded). */
    boolean anyRunning() {
        return members.stream().anyMatch(pid -> ProcessHandle.of(pid).map(GroupProcess::isRunning).orElse(false));
    }

    /** True while every member runs. */
    boolean allRunning() {
        return members.stream().allMatch(pid -> ProcessHandle.of(pid).map(GroupProcess::isRunning).orElse(false));
    }

    @Override
    public void close() {
        group.signalGroup(Signal.KILL);
    }

    private static boolean nonEmpty(Path file) throws IOException {
        return Files.isRegularFile(file) && !Files.readString(file).isBlank();
    }

    private static long readPid(Path file) throws IOException {
        return Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).strip());
    }
}
