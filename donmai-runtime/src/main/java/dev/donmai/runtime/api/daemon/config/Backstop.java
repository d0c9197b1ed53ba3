package dev.donmai.runtime.api.daemon.config;

import java.util.List;

/**
 * {@code backstop.*} (sessions.md §9).
 *
 * @param excludeGlobs paths the backstop commit never stages
 */
public record Backstop(List<String> excludeGlobs) {

    /** {@code .env}, {@code .env.*}, {@code *.pem}, {@code *.key}, {@code *.log}. */
    public static final Backstop DEFAULT = new Backstop(List.of(".env", ".env.*", "*.pem", "*.key", "*.log"));

    public Backstop {
        excludeGlobs = List.copyOf(excludeGlobs);
    }
}
