package dev.donmai.runtime.api.daemon.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code session.*} (host.md §4.2, sessions.md §4–§8, §11).
 *
 * @param defaultHarness               {@code auto} or a harness id (D20)
 * @param noProgressTimeoutSeconds     no-progress watchdog, 0 = off
 * @param noProgressToolTimeoutSeconds no-progress watchdog while a tool call is open, 0 = off
 * @param defaultMaxDurationSeconds    max-duration watchdog when the item sets none, 0 = off
 * @param killGraceSeconds             SIGTERM → SIGKILL grace, ≥ 1
 * @param retainFinishedSeconds        how long finished sessions stay readable, ≥ 0 (at most 200 kept)
 * @param baseEnv                      {@code session.baseEnv}: layer 2 of a session's environment; values may be
 *                                     secrets, so {@link #toString()} shows names only
 * @param envBlocklist                 {@code session.envBlocklist[]}: globs added to the default blocklist
 * @param defaultMaxCostUsd            budget when the item sets none; absent = unlimited
 * @param defaultMaxTokens             token budget when the item sets none; absent = unlimited
 * @param logRetentionDays             {@code session.logRetentionDays}: how long archived {@code agent/} logs stay
 */
public record SessionSettings(String defaultHarness, long noProgressTimeoutSeconds, long noProgressToolTimeoutSeconds,
        long defaultMaxDurationSeconds, long killGraceSeconds, long retainFinishedSeconds, Map<String, String> baseEnv,
        List<String> envBlocklist, Optional<Double> defaultMaxCostUsd, Optional<Long> defaultMaxTokens,
        int logRetentionDays) {

    /** {@code auto}: first installed of claude, codex, opencode, else stub. */
    public static final String AUTO_HARNESS = "auto";
    /** Every default of sessions.md. */
    public static final SessionSettings DEFAULT = new SessionSettings(AUTO_HARNESS, 900, 1800, 3600, 10, 3600,
            Map.of(), List.of(), Optional.empty(), Optional.empty(), 30);

    public SessionSettings {
        if (Objects.requireNonNull(defaultHarness, "defaultHarness").isBlank()) {
            throw new IllegalArgumentException("defaultHarness must not be blank");
        }
        atLeast(noProgressTimeoutSeconds, 0, "noProgressTimeoutSeconds");
        atLeast(noProgressToolTimeoutSeconds, 0, "noProgressToolTimeoutSeconds");
        atLeast(defaultMaxDurationSeconds, 0, "defaultMaxDurationSeconds");
        atLeast(killGraceSeconds, 1, "killGraceSeconds");
        atLeast(retainFinishedSeconds, 0, "retainFinishedSeconds");
        baseEnv = Map.copyOf(baseEnv);
        envBlocklist = List.copyOf(envBlocklist);
        Objects.requireNonNull(defaultMaxCostUsd, "defaultMaxCostUsd");
        defaultMaxCostUsd.ifPresent(cost -> {
            if (!(cost >= 0)) {
                throw new IllegalArgumentException("defaultMaxCostUsd must be >= 0");
            }
        });
        Objects.requireNonNull(defaultMaxTokens, "defaultMaxTokens").ifPresent(t -> atLeast(t, 0, "defaultMaxTokens"));
        atLeast(logRetentionDays, 0, "logRetentionDays");
    }

    /** The kill grace as a duration. */
    public Duration killGrace() {
        return Duration.ofSeconds(killGraceSeconds);
    }

    /** The retention of finished sessions as a duration. */
    public Duration retainFinished() {
        return Duration.ofSeconds(retainFinishedSeconds);
    }

    @Override
    public String toString() {
        return "SessionSettings[defaultHarness=" + defaultHarness + ", noProgressTimeoutSeconds="
                + noProgressTimeoutSeconds + ", noProgressToolTimeoutSeconds=" + noProgressToolTimeoutSeconds
                + ", defaultMaxDurationSeconds=" + defaultMaxDurationSeconds + ", killGraceSeconds=" + killGraceSeconds
                + ", retainFinishedSeconds=" + retainFinishedSeconds + ", baseEnv=" + new TreeSet<>(baseEnv.keySet())
                + ", envBlocklist=" + envBlocklist + ", defaultMaxCostUsd=" + defaultMaxCostUsd
                + ", defaultMaxTokens=" + defaultMaxTokens + ", logRetentionDays=" + logRetentionDays + "]";
    }

    private static void atLeast(long value, long min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min);
        }
    }
}
