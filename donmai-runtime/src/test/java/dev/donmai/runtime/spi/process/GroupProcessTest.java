package dev.donmai.runtime.spi.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs({OS.LINUX, OS.MAC})
class GroupProcessTest {

    /** The parent waits; a child ignores SIGTERM and has a grandchild, which inherits the ignored SIGTERM. */
    private static final String TREE = """
            ( trap '' TERM; sleep 600 & echo $! > grandchild.pid; wait ) &
            echo $! > child.pid
            echo ready
            wait
            """;

    @TempDir
    Path dir;

    private GroupProcess group;

    @AfterEach
    void killLeftovers() {
        if (group != null) {
            group.signalGroup(Signal.KILL);
        }
    }

    @Test
    void launchPutsTheCommandInItsOwnGroup() throws IOException {
        ProcessLauncher launcher = ProcessLauncher.detect(Clock.systemUTC(), System.getLogger("test"));
        assertThat(launcher.mode()).isNotEqualTo(GroupMode.NONE);
        group = launcher.launch(LaunchSpec.of(List.of("/bin/sh", "-c", TREE), dir, Map.of()),
                Executors.defaultThreadFactory());
        List<Long> pids = awaitTree();
        assertThat(group.pgid()).hasValue(group.pid());
        if (Files.isDirectory(Path.of("/proc/self"))) {
            for (long pid : pids) {
                assertThat(pgrpOf(pid)).as("pgrp of %s", pid).isEqualTo(group.pid());
            }
        }
        assertThat(group.isGroupAlive()).isTrue();
    }

    @Test
    void stopKillsATermIgnoringChildAndItsGrandchildAfterTheGrace() throws IOException {
        group = ProcessLauncher.detect(Clock.systemUTC(), System.getLogger("test"))
                .launch(LaunchSpec.of(List.of("/bin/sh", "-c", TREE), dir, Map.of()), Executors.defaultThreadFactory());
        List<Long> pids = awaitTree();
        Duration grace = Duration.ofMillis(500);
        long start = System.nanoTime();
        assertThat(group.stop(grace)).as("group gone").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("the TERM-ignoring child outlived SIGTERM until SIGKILL").isGreaterThanOrEqualTo(grace);
        assertThat(took).isLessThan(grace.plusSeconds(5));
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(GroupProcess::isRunning).orElse(false)).as("pid %s running", pid)
                    .isFalse();
        }
        assertThat(group.isGroupAlive()).isFalse();
        assertThat(group.exitCode()).hasValue(128 + 15);
    }

    @Test
    void withoutAGroupStopWalksTheDescendants() throws IOException {
        group = ProcessLauncher.withMode(GroupMode.NONE, Clock.systemUTC())
                .launch(LaunchSpec.of(List.of("/bin/sh", "-c", TREE), dir, Map.of()), Executors.defaultThreadFactory());
        List<Long> pids = awaitTree();
        assertThat(group.pgid()).isEmpty();
        assertThat(group.stop(Duration.ofMillis(300))).isTrue();
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(GroupProcess::isRunning).orElse(false)).as("pid %s running", pid)
                    .isFalse();
        }
    }

    @Test
    void stdinGetsThePromptAndIsClosed() throws IOException {
        group = ProcessLauncher.detect(Clock.systemUTC(), System.getLogger("test"))
                .launch(new LaunchSpec(List.of("/bin/sh", "-c", "cat > got.txt"), dir, Map.of(),
                        "the prompt".getBytes(StandardCharsets.UTF_8)), Executors.defaultThreadFactory());
        await().atMost(Duration.ofSeconds(10)).until(() -> !group.isAlive());
        assertThat(Files.readString(dir.resolve("got.txt"))).isEqualTo("the prompt");
        assertThat(group.exitCode()).hasValue(0);
    }

    @Test
    void environmentIsExactlyTheSpecs() throws IOException {
        group = ProcessLauncher.detect(Clock.systemUTC(), System.getLogger("test"))
                .launch(LaunchSpec.of(List.of("/bin/sh", "-c", "env > env.txt"), dir, Map.of("ONLY_THIS", "1")),
                        Executors.defaultThreadFactory());
        await().atMost(Duration.ofSeconds(10)).until(() -> !group.isAlive());
        List<String> names = Files.readAllLines(dir.resolve("env.txt")).stream().map(l -> l.split("=", 2)[0])
                .filter(n -> !n.equals("PWD") && !n.equals("OLDPWD") && !n.equals("SHLVL") && !n.equals("_"))
                .toList();
        assertThat(names).containsExactly("ONLY_THIS");
    }

    @Test
    void attachFindsTheProcessOnlyWithItsStartInstant() throws IOException {
        group = ProcessLauncher.detect(Clock.systemUTC(), System.getLogger("test"))
                .launch(LaunchSpec.of(List.of("/bin/sh", "-c", TREE), dir, Map.of()), Executors.defaultThreadFactory());
        awaitTree();
        assertThat(GroupProcess.attach(group.pid(), group.startedAt())).isPresent();
        assertThat(GroupProcess.attach(group.pid(), group.startedAt().minusSeconds(3600))).isEmpty();
        GroupProcess attached = GroupProcess.attach(group.pid(), group.startedAt()).orElseThrow();
        assertThat(attached.stop(Duration.ofMillis(200))).isTrue();
        assertThat(group.isGroupAlive()).isFalse();
    }

    @Test
    void aMissingCommandExitsNonZeroThroughTheHelper() throws IOException {
        group = ProcessLauncher.detect(Clock.systemUTC(), System.getLogger("test"))
                .launch(LaunchSpec.of(List.of(dir.resolve("no-such-binary").toString()), dir, Map.of()),
                        Executors.defaultThreadFactory());
        await().atMost(Duration.ofSeconds(10)).until(() -> !group.isAlive());
        assertThat(group.exitCode()).isPresent();
        assertThat(group.exitCode().getAsInt()).isNotZero();
        assertThat(group.startedAt()).isBefore(Instant.now().plusSeconds(1));
    }

    private List<Long> awaitTree() {
        await().atMost(Duration.ofSeconds(10)).until(() -> pidIn("child.pid") > 0 && pidIn("grandchild.pid") > 0);
        return List.of(group.pid(), pidIn("child.pid"), pidIn("grandchild.pid"));
    }

    private long pidIn(String file) {
        try {
            String text = Files.readString(dir.resolve(file)).trim();
            return text.isEmpty() ? -1 : Long.parseLong(text);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static long pgrpOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" ");
        return Long.parseLong(fields[2]);
    }
}
