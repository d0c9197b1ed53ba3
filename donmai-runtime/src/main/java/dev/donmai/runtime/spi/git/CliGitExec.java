package dev.donmai.runtime.spi.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link GitExec} over the git command-line binary, one {@link ProcessBuilder} process per command.
 *
 * <p>The child's environment is the inherited one with these changes: {@code GIT_TERMINAL_PROMPT=0} (a missing
 * credential fails instead of waiting for a human), {@code LC_ALL=C} (messages callers parse are stable), the
 * repository-location variables ({@code GIT_DIR}, {@code GIT_WORK_TREE}, {@code GIT_INDEX_FILE}, …) removed (an
 * inherited one would point every command at the wrong repository), the tracing variables ({@code GIT_TRACE*},
 * {@code GIT_CURL_VERBOSE}) removed (they print request headers, credentials included, to standard error), then the
 * constructor's fixed variables, then the call's {@code extraEnv}. When {@code extraEnv} sets
 * {@code GIT_CONFIG_COUNT}, inherited {@code GIT_CONFIG_COUNT/KEY_n/VALUE_n} are dropped so the two sets cannot mix.
 *
 * <p>Standard output and standard error are drained by two threads each while the caller waits, so a chatty command
 * never blocks on a full pipe. On timeout or interrupt the process and its descendants are killed. Values of
 * {@code GIT_CONFIG_VALUE_n} from {@code extraEnv} are masked as {@code ***} in the captured output, in case a
 * remote echoes them.
 */
public final class CliGitExec implements GitExec {

    /** Standard error kept per command; its tail is what error messages use. */
    private static final int STDERR_LIMIT = 64 * 1024;
    private static final Duration DRAIN_WAIT = Duration.ofSeconds(2);
    private static final List<String> LOCATION_VARIABLES = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE",
            "GIT_PREFIX", "GIT_QUARANTINE_PATH");
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String gitBinary;
    private final ThreadFactory threadFactory;
    private final Map<String, String> fixedEnv;

    /** Runs {@code git} from {@code PATH} with daemon drain threads and no fixed variables. */
    public CliGitExec() {
        this("git");
    }

    /** Runs {@code gitBinary} (a path or a name looked up on {@code PATH}) with daemon drain threads. */
    public CliGitExec(String gitBinary) {
        this(gitBinary, CliGitExec::daemonThread, Map.of());
    }

    /**
     * Runs {@code gitBinary}, drains output on threads from {@code threadFactory} (e.g. a provider host's), and sets
     * {@code fixedEnv} on every command (e.g. a git identity), before each call's {@code extraEnv}.
     */
    public CliGitExec(String gitBinary, ThreadFactory threadFactory, Map<String, String> fixedEnv) {
        this.gitBinary = requireText(gitBinary, "gitBinary");
        this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
        this.fixedEnv = Map.copyOf(fixedEnv);
    }

    /** The binary this runs. */
    public String gitBinary() {
        return gitBinary;
    }

    @Override
    public GitResult run(Path cwd, List<String> args, Map<String, String> extraEnv, Duration timeout) {
        Objects.requireNonNull(cwd, "cwd");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(extraEnv, "extraEnv");
        Objects.requireNonNull(timeout, "timeout");
        String what = subcommand(args);
        if (Thread.currentThread().isInterrupted()) {
            throw GitException.interrupted(what);
        }
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(gitBinary);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        prepareEnvironment(builder.environment(), extraEnv);
        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            throw GitException.notStarted(what, e);
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // git reads no stdin here; a failed close of an unused pipe changes nothing.
        }
        Drain out = new Drain(process.getInputStream(), Integer.MAX_VALUE);
        Drain err = new Drain(process.getErrorStream(), STDERR_LIMIT);
        Thread outThread = start(out);
        Thread errThread = start(err);
        try {
            boolean exited = process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
            if (!exited) {
                kill(process);
                join(outThread, errThread);
                throw GitException.timedOut(what, timeout);
            }
            join(outThread, errThread);
            return new GitResult(process.exitValue(), mask(out.text(), extraEnv), mask(err.text(), extraEnv));
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw GitException.interrupted(what);
        }
    }

    private void prepareEnvironment(Map<String, String> env, Map<String, String> extraEnv) {
        LOCATION_VARIABLES.forEach(env::remove);
        env.keySet().removeIf(k -> k.startsWith("GIT_TRACE") || k.equals("GIT_CURL_VERBOSE"));
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("LC_ALL", "C");
        env.putAll(fixedEnv);
        if (extraEnv.containsKey("GIT_CONFIG_COUNT")) {
            env.keySet().removeIf(k -> k.equals("GIT_CONFIG_COUNT") || k.startsWith("GIT_CONFIG_KEY_")
                    || k.startsWith("GIT_CONFIG_VALUE_"));
        }
        env.putAll(extraEnv);
    }

    private Thread start(Runnable task) {
        Thread thread = threadFactory.newThread(task);
        thread.start();
        return thread;
    }

    private static void kill(Process process) {
        // Children first: git fetch runs remote helpers that would otherwise outlive the killed parent.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static void join(Thread... threads) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(DRAIN_WAIT.toMillis());
        }
    }

    private static String mask(String text, Map<String, String> extraEnv) {
        String masked = text;
        for (Map.Entry<String, String> e : extraEnv.entrySet()) {
            if (e.getKey().startsWith("GIT_CONFIG_VALUE_") && !e.getValue().isEmpty()) {
                masked = masked.replace(e.getValue(), "***");
            }
        }
        return masked;
    }

    /** The subcommand for messages: the first argument that is not a global option or its value. */
    static String subcommand(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-c") || arg.equals("-C")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "git";
    }

    private static Thread daemonThread(Runnable task) {
        Thread thread = new Thread(task, "git-exec-io-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        return value;
    }

    /** Reads a stream to its end, keeping at most {@code limit} bytes (the tail). */
    private static final class Drain implements Runnable {
        private final InputStream in;
        private final int limit;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private volatile boolean truncated;

        Drain(InputStream in, int limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public void run() {
            byte[] chunk = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    synchronized (buffer) {
                        buffer.write(chunk, 0, n);
                        if (buffer.size() > limit * 2L && limit < Integer.MAX_VALUE / 2) {
                            byte[] all = buffer.toByteArray();
                            buffer.reset();
                            buffer.write(all, all.length - limit, limit);
                            truncated = true;
                        }
                    }
                }
            } catch (IOException e) {
                // The process was killed or closed its end; what was read so far is the answer.
            }
        }

        String text() {
            byte[] bytes;
            synchronized (buffer) {
                bytes = buffer.toByteArray();
            }
            if (bytes.length > limit) {
                truncated = true;
                byte[] tail = new byte[limit];
                System.arraycopy(bytes, bytes.length - limit, tail, 0, limit);
                bytes = tail;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return truncated ? "[…]" + text : text;
        }
    }
}
