package dev.donmai.runtime.spi.process;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * Starts commands in a process group of their own (sessions.md §6): on Linux prefixed with {@code setsid} (the JVM's
 * child is not a group leader, so {@code setsid} execs in place and pid = pgid), on macOS with
 * {@code /usr/bin/perl -e 'setpgrp(0,0); exec @ARGV or exit 127'}, elsewhere directly ({@link GroupMode#NONE}, with a
 * warning; signals then walk the descendants). The environment is cleared and set from the spec; stdin gets the
 * spec's bytes (written on a thread of its own, then closed) or {@code /dev/null}; stdout and stderr are pipes.
 *
 * <p>A missing executable does not fail {@link #launch}: the helper is what starts, and it exits 127 (perl) or
 * 126/127 ({@code setsid}) with a message on stderr, which the event normaliser turns into {@code spawn-failed}.
 */
public final class ProcessLauncher {

    /** The macOS group helper's script. */
    public static final String PERL_SETPGRP = "setpgrp(0,0); exec @ARGV or exit 127";

    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));
    private static final Path PERL = Path.of("/usr/bin/perl");
    private static final File DEV_NULL = new File("/dev/null");

    private final GroupMode mode;
    private final List<String> prefix;
    private final Clock clock;

    private ProcessLauncher(GroupMode mode, List<String> prefix, Clock clock) {
        this.mode = mode;
        this.prefix = List.copyOf(prefix);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The launcher for this machine: {@code setsid} on Linux, the perl helper on macOS, else {@link GroupMode#NONE}
     * (logged at WARNING on {@code logger}; doctor reports it through {@link #mode()}).
     */
    public static ProcessLauncher detect(Clock clock, System.Logger logger) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux")) {
            Optional<Path> setsid = SETSID.stream().filter(Files::isExecutable).findFirst();
            if (setsid.isPresent()) {
                return new ProcessLauncher(GroupMode.SETSID, List.of(setsid.get().toString()), clock);
            }
        } else if ((os.contains("mac") || os.contains("darwin")) && Files.isExecutable(PERL)) {
            return new ProcessLauncher(GroupMode.PERL_SETPGRP, List.of(PERL.toString(), "-e", PERL_SETPGRP), clock);
        }
        logger.log(Level.WARNING, "no process-group helper (setsid or /usr/bin/perl) on this machine: harness "
                + "processes share the daemon's group and stops walk their descendants");
        return new ProcessLauncher(GroupMode.NONE, List.of(), clock);
    }

    /** A launcher that uses {@code mode} (for tests and doctor checks); fails when its helper is missing. */
    public static ProcessLauncher withMode(GroupMode mode, Clock clock) {
        return switch (Objects.requireNonNull(mode, "mode")) {
            case SETSID -> new ProcessLauncher(mode, List.of(SETSID.stream().filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IllegalStateException("setsid is not installed")).toString()), clock);
            case PERL_SETPGRP -> {
                if (!Files.isExecutable(PERL)) {
                    throw new IllegalStateException("/usr/bin/perl is not installed");
                }
                yield new ProcessLauncher(mode, List.of(PERL.toString(), "-e", PERL_SETPGRP), clock);
            }
            case NONE -> new ProcessLauncher(mode, List.of(), clock);
        };
    }

    /** How this launcher makes process groups. */
    public GroupMode mode() {
        return mode;
    }

    /** The full argv {@link #launch} runs for {@code spec}: the group helper, then the spec's command. */
    public List<String> argv(LaunchSpec spec) {
        List<String> argv = new ArrayList<>(prefix);
        argv.addAll(spec.command());
        return List.copyOf(argv);
    }

    /**
     * Starts {@code spec}. When the spec has stdin bytes, a thread from {@code threads} writes them and closes stdin
     * (a large prompt would otherwise block the caller until the child reads it); the thread ends once written or
     * when the child closes its end.
     *
     * @throws IOException when the helper or the command cannot be started at all
     */
    public GroupProcess launch(LaunchSpec spec, ThreadFactory threads) throws IOException {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(threads, "threads");
        ProcessBuilder builder = new ProcessBuilder(argv(spec)).directory(spec.cwd().toFile());
        builder.environment().clear();
        builder.environment().putAll(spec.env());
        Optional<byte[]> stdin = spec.stdinBytes();
        builder.redirectInput(stdin.isPresent() ? ProcessBuilder.Redirect.PIPE
                : ProcessBuilder.Redirect.from(DEV_NULL));
        builder.redirectOutput(ProcessBuilder.Redirect.PIPE).redirectError(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        ProcessHandle handle = process.toHandle();
        GroupProcess group = new GroupProcess(handle, mode == GroupMode.NONE ? -1 : handle.pid(),
                handle.info().startInstant().orElseGet(clock::instant), process);
        if (stdin.isPresent()) {
            Thread writer = threads.newThread(() -> writeAndClose(process.getOutputStream(), stdin.get()));
            writer.start();
        }
        return group;
    }

    private static void writeAndClose(OutputStream out, byte[] bytes) {
        try (out) {
            out.write(bytes);
        } catch (IOException e) {
            // The child closed stdin or died before reading all of it; its exit tells the rest of the story.
        }
    }
}
