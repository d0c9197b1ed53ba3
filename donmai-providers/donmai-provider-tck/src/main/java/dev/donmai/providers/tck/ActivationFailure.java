package dev.donmai.providers.tck;

import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderHost;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How to make a provider's activation fail, for the "a failed activation stays inactive" check: a configuration the
 * factory accepts but activation rejects (an unreachable endpoint, a missing tool), a host that cannot serve it (a
 * data directory that is a file), or both. A contract test that supplies none skips the check.
 *
 * @param config the configuration to create the provider from; {@code null} keeps the test's normal one
 * @param host   turns the test's {@link TckHost} into the host passed to {@code activate}
 */
public record ActivationFailure(@Nullable ProviderConfig config, UnaryOperator<ProviderHost> host) {

    public ActivationFailure {
        Objects.requireNonNull(host, "host");
    }

    /** Activation fails because of {@code config}. */
    public static ActivationFailure withConfig(ProviderConfig config) {
        return new ActivationFailure(Objects.requireNonNull(config, "config"), UnaryOperator.identity());
    }

    /** Activation fails because of the host {@code decorate} makes of the test's host. */
    public static ActivationFailure withHost(UnaryOperator<ProviderHost> decorate) {
        return new ActivationFailure(null, decorate);
    }

    /** The configuration, when it replaces the normal one. */
    public Optional<ProviderConfig> configIfAny() {
        return Optional.ofNullable(config);
    }
}
