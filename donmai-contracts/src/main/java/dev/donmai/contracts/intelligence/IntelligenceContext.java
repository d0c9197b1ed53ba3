package dev.donmai.contracts.intelligence;

import dev.donmai.contracts.provider.FieldChecks;
import dev.donmai.contracts.provider.Secret;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the host hands an {@link IntelligenceFactory}.
 *
 * @param dataDir   the service's private data directory (e.g. {@code <home>/memory})
 * @param clock     the host's clock
 * @param logger    a logger scoped to the service
 * @param scheduler the host's shared, bounded scheduler
 * @param values    YAML-shaped configuration values (e.g. {@code intelligence.memory.*} without the prefix)
 * @param secrets   secret configuration values (e.g. an embedder's {@code apiKey})
 */
public record IntelligenceContext(
        Path dataDir,
        Clock clock,
        System.Logger logger,
        ScheduledExecutorService scheduler,
        Map<String, Object> values,
        Map<String, Secret> secrets) {

    public IntelligenceContext {
        FieldChecks.require(dataDir, "dataDir");
        FieldChecks.require(clock, "clock");
        FieldChecks.require(logger, "logger");
        FieldChecks.require(scheduler, "scheduler");
        values = FieldChecks.requiredMap(values, "values");
        secrets = FieldChecks.requiredMap(secrets, "secrets");
    }

    /** A configuration value. */
    public Optional<Object> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A secret configuration value. */
    public Optional<Secret> secret(String key) {
        return Optional.ofNullable(secrets.get(key));
    }
}
