package ai.rensei.cli.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import dev.donmai.runtime.spi.AtomicFiles;
import dev.donmai.runtime.spi.SecretRedactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Sets up logback programmatically. {@link #configure} is the daemon's log (host.md §1.4): NDJSON lines through
 * {@link NdjsonLayout} into {@code daemon.log}, rolled at 50 MiB to {@code daemon.log.1} … {@code .3} (three kept).
 * {@link #configureStdout} is the same format on stdout for ephemeral daemons (scale.md §2.1), and
 * {@link #configureCli} the quiet default of every other command: warnings and errors on stderr only, as
 * {@link QuietCliConfigurator} sets it up at start.
 *
 * <p>The size check runs on every event, so rotation happens at the limit rather than up to a minute later (logback's
 * default check interval). Chatty libraries of the control API (Undertow, XNIO, JBoss logging) log at warn and above
 * unless the level is debug.
 */
public final class DaemonLogging {

    /** {@code daemon.log} rolls when it reaches this size. */
    public static final long ROTATE_AT_BYTES = 50L * 1024 * 1024;
    /** Rolled files kept: {@code daemon.log.1} (newest) to {@code daemon.log.3}. */
    public static final int KEEP_ROLLED = 3;

    private static final String APPENDER = "daemon";
    private static final List<String> CHATTY = List.of("io.undertow", "org.xnio", "org.jboss");

    private DaemonLogging() {
    }

    /** The daemon's log: NDJSON into {@code logFile} at {@code level} ({@code debug|info|warn|error}). */
    public static void configure(Path logFile, String level, SecretRedactor redactor) {
        configure(logFile, level, redactor, ROTATE_AT_BYTES);
    }

    /** {@link #configure(Path, String, SecretRedactor)} rolling at {@code rotateAtBytes} (tests use a few KiB). */
    public static void configure(Path logFile, String level, SecretRedactor redactor, long rotateAtBytes) {
        Path file = logFile.toAbsolutePath();
        createParent(file);
        LoggerContext context = reset();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(file + ".%i");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEEP_ROLLED);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(new FileSize(rotateAtBytes));
        trigger.setCheckIncrement(Duration.buildByMilliseconds(0));
        trigger.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder(context, ndjson(context, redactor)));
        appender.start();
        attach(context, appender, parse(level));
    }

    /** NDJSON on stdout at {@code level}, for a daemon that has no log file (an ephemeral one). */
    public static void configureStdout(String level, SecretRedactor redactor) {
        LoggerContext context = reset();
        attach(context, console(context, "System.out", ndjson(context, redactor)), parse(level));
    }

    /** Ordinary commands: warnings and errors as {@code warning: …}/{@code error: …} lines on stderr, nothing else. */
    public static void configureCli() {
        configureQuiet(context());
    }

    /** The quiet default on {@code context} (also during logback's own start-up, before SLF4J is ready). */
    static void configureQuiet(LoggerContext context) {
        context.reset();
        StderrLayout layout = new StderrLayout();
        layout.setContext(context);
        layout.start();
        attach(context, console(context, "System.err", layout), Level.WARN);
    }

    /**
     * Teaches the daemon's log new secret values (name → value), e.g. the control token once it is minted; lines
     * written afterwards show {@code [REDACTED:<NAME>]} instead. No effect when the daemon log is not configured.
     */
    public static void addSecrets(Map<String, String> namedValues) {
        Appender<ILoggingEvent> appender = context().getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER);
        if (appender instanceof OutputStreamAppender<ILoggingEvent> output
                && output.getEncoder() instanceof LayoutWrappingEncoder<ILoggingEvent> encoder
                && encoder.getLayout() instanceof NdjsonLayout layout) {
            layout.setRedactor(layout.getRedactor().withSecrets(namedValues));
        }
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    private static LoggerContext reset() {
        LoggerContext context = context();
        context.reset();
        return context;
    }

    private static NdjsonLayout ndjson(LoggerContext context, SecretRedactor redactor) {
        NdjsonLayout layout = new NdjsonLayout();
        layout.setContext(context);
        layout.setRedactor(redactor);
        layout.start();
        return layout;
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context, Layout<ILoggingEvent> layout) {
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context, String target,
            Layout<ILoggingEvent> layout) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setTarget(target);
        appender.setEncoder(encoder(context, layout));
        appender.start();
        return appender;
    }

    private static void attach(LoggerContext context, Appender<ILoggingEvent> appender, Level level) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
        root.addAppender(appender);
        Level libraries = level.equals(Level.INFO) ? Level.WARN : level;
        CHATTY.forEach(name -> context.getLogger(name).setLevel(libraries));
    }

    /** {@code debug|info|warn|error} (any case); anything else is a programming error, config validation ran first. */
    static Level parse(String level) {
        switch (level.toLowerCase(Locale.ROOT)) {
            case "debug":
                return Level.DEBUG;
            case "info":
                return Level.INFO;
            case "warn":
                return Level.WARN;
            case "error":
                return Level.ERROR;
            default:
                throw new IllegalArgumentException("log level must be one of debug, info, warn, error (got \""
                        + level + "\")");
        }
    }

    private static void createParent(Path file) {
        Path parent = file.getParent();
        if (parent == null || Files.isDirectory(parent)) {
            return;
        }
        try {
            AtomicFiles.createPrivateDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log directory " + parent, e);
        }
    }
}
