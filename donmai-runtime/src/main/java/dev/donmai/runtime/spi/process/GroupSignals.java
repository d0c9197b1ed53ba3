package dev.donmai.runtime.spi.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sends signals to process groups through the system {@code kill} command (the JDK has no group signal) and tells
 * whether a group still has a live member. Zombies do not count as live: once a process has exited, only its
 * parent's reaping is missing, and in containers whose init never reaps, {@code kill -0} would report an exited
 * process as alive forever.
 */
final class GroupSignals {

    /** How long one {@code kill} invocation may take. */
    private static final long KILL_TIMEOUT_MS = 2_000;
    private static final List<Path> KILL_BINARIES = List.of(Path.of("/bin/kill"), Path.of("/usr/bin/kill"));
    private static final Path PROC = Path.of("/proc");

    private GroupSignals() {
    }

    /** The {@code kill} binary, when one is installed where POSIX systems keep it. */
    static Optional<Path> killBinary() {
        return KILL_BINARIES.stream().filter(Files::isExecutable).findFirst();
    }

    /**
     * Runs {@code kill -s <SIG> -- -<pgid>}.
     *
     * @return true when {@code kill} reported success (at least one member was signalled)
     */
    static boolean signalGroup(long pgid, Signal signal) {
        return runKill(List.of("-s", signal.name(), "--", "-" + pgid));
    }

    /**
     * True when the group has a member that is not a zombie. On Linux this reads {@code /proc/<pid>/stat}; elsewhere
     * it falls back to {@code kill -0 -- -<pgid>}, which also counts zombies.
     */
    static boolean groupAlive(long pgid) {
        if (Files.isDirectory(PROC.resolve("self"))) {
            return procGroupAlive(pgid);
        }
        return runKill(List.of("-0", "--", "-" + pgid));
    }

    private static boolean procGroupAlive(long pgid) {
        // Entries vanish while we list them; a listing that fails is retried before trusting kill -0 (which would
        // count the zombies an init that never reaps leaves behind).
        for (int attempt = 0; attempt < 3; attempt++) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, GroupSignals::isPidDir)) {
                for (Path entry : entries) {
                    if (liveMemberOf(entry.resolve("stat"), pgid)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException | RuntimeException e) {
                // try again
            }
        }
        return runKill(List.of("-0", "--", "-" + pgid));
    }

    /**
     * True while {@code process} runs: alive in the JDK's sense and, where {@code /proc} tells, not a zombie. The JDK
     * counts a zombie as alive until its parent (for an orphan, init) reaps it, and some container inits reap late or
     * never.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        Path stat = PROC.resolve(Long.toString(process.pid())).resolve("stat");
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return true;
        }
        try {
            String text = Files.readString(stat, StandardCharsets.ISO_8859_1);
            int close = text.lastIndexOf(')');
            char state = close < 0 || close + 2 >= text.length() ? '?' : text.charAt(close + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return false; // gone while we looked
        }
    }

    private static boolean isPidDir(Path path) {
        String name = path.getFileName().toString();
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /**
     * Parses {@code pid (comm) state ppid pgrp ...}; comm may hold spaces and parentheses, so split after the last
     * ')'.
     */
    private static boolean liveMemberOf(Path stat, long pgid) {
        String text;
        try {
            text = Files.readString(stat, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return false; // the process ended while we looked
        }
        int close = text.lastIndexOf(')');
        if (close < 0) {
            return false;
        }
        String[] fields = text.substring(close + 1).trim().split(" ");
        if (fields.length < 3) {
            return false;
        }
        char state = fields[0].isEmpty() ? '?' : fields[0].charAt(0);
        try {
            return Long.parseLong(fields[2]) == pgid && state != 'Z' && state != 'X';
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean runKill(List<String> args) {
        Optional<Path> kill = killBinary();
        if (kill.isEmpty()) {
            return false;
        }
        List<String> command = new java.util.ArrayList<>();
        command.add(kill.get().toString());
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(KILL_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
