package ai.rensei.cli;

import ai.rensei.cli.daemon.DaemonClient;
import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an invocation learns from the machine besides environment variables: the operating system, the user it runs
 * as, that user's home, the processors, the interactive terminal (if any), and time. Production code asks
 * {@link #current()}; tests build one so the macOS paths, root checks, the setup wizard and the health waits run on
 * any machine without touching the real user's files or sleeping.
 *
 * @param os       the operating system family
 * @param userName the login name the JVM runs as
 * @param uid      the numeric user id ({@code 0} = root)
 * @param userHome the user's home directory
 * @param cpuCount available processors, at least 1
 * @param terminal the interactive terminal, looked up when asked (stdin and stdout are a terminal)
 * @param clock    the wall clock
 * @param sleeper  how the CLI waits between polls
 */
public record LocalSystem(Os os, String userName, long uid, Path userHome, int cpuCount,
        Supplier<Optional<Terminal>> terminal, Clock clock, DaemonClient.Sleeper sleeper) {

    /** The operating system families the service commands tell apart. */
    public enum Os {
        LINUX("linux"), MACOS("darwin"), OTHER("other");

        private final String label;

        Os(String label) {
            this.label = label;
        }

        /** The name {@code host doctor} prints: {@code linux}, {@code darwin}. */
        public String label() {
            return label;
        }

        static Os of(String osName) {
            String name = osName.toLowerCase(Locale.ROOT);
            if (name.contains("mac") || name.contains("darwin")) {
                return MACOS;
            }
            return name.contains("linux") ? LINUX : OTHER;
        }
    }

    /** An interactive terminal: prompts and reads one line. */
    @FunctionalInterface
    public interface Terminal {
        /** Shows {@code prompt} and returns the line typed, empty at end of input. */
        Optional<String> readLine(String prompt);
    }

    public LocalSystem {
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(userName, "userName");
        userHome = Objects.requireNonNull(userHome, "userHome").toAbsolutePath();
        if (cpuCount < 1) {
            throw new IllegalArgumentException("cpuCount must be >= 1");
        }
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** The machine this JVM runs on. */
    public static LocalSystem current() {
        return new LocalSystem(Os.of(System.getProperty("os.name", "")), System.getProperty("user.name", ""),
                currentUid(), Path.of(System.getProperty("user.home")), Runtime.getRuntime().availableProcessors(),
                LocalSystem::console, Clock.systemUTC(), Thread::sleep);
    }

    /** True for the super-user. */
    public boolean root() {
        return uid == 0;
    }

    /** The interactive terminal, when stdin and stdout are one. */
    public Optional<Terminal> interactiveTerminal() {
        return terminal.get();
    }

    private static Optional<Terminal> console() {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        return Optional.of(prompt -> Optional.ofNullable(console.readLine("%s", prompt)));
    }

    private static long currentUid() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (LinkageError | RuntimeException notUnix) {
            return -1;
        }
    }
}
