package dev.donmai.runtime.api.daemon.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code observability.*}.
 *
 * @param logPath     the NDJSON log ({@code <home>/daemon.log} by default)
 * @param logLevel    {@code debug}, {@code info}, {@code warn} or {@code error}
 * @param metricsPort Prometheus port on 127.0.0.1; 0 = off
 */
public record Observability(Path logPath, String logLevel, int metricsPort) {

    /** The accepted levels. */
    public static final List<String> LEVELS = List.of("debug", "info", "warn", "error");
    /** 9101. */
    public static final int DEFAULT_METRICS_PORT = 9101;

    public Observability {
        Objects.requireNonNull(logPath, "logPath");
        if (!LEVELS.contains(Objects.requireNonNull(logLevel, "logLevel"))) {
            throw new IllegalArgumentException("logLevel must be one of " + String.join(", ", LEVELS));
        }
        if (metricsPort < 0 || metricsPort > 65535) {
            throw new IllegalArgumentException("metricsPort must be between 0 and 65535");
        }
    }

    /** The defaults for a state home. */
    public static Observability defaults(Path home) {
        return new Observability(home.resolve("daemon.log"), "info", DEFAULT_METRICS_PORT);
    }
}
