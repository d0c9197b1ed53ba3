package dev.donmai.providers.tck.selftest;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.FacetCheck;
import dev.donmai.providers.tck.ProviderContractTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The base contract applied to the probe, the way a family contract test would do it. Subclasses switch on one
 * {@link Defect} each; it is abstract so that Surefire runs only the named subclasses.
 */
abstract class ProbeContract extends ProviderContractTest<ProbeProvider, ProbeCapabilities> {

    /** The defects to switch on, comma-separated; none by default. */
    protected String defects() {
        return "";
    }

    @Override
    protected ProviderFactory factory() {
        return new ProbeFactory();
    }

    @Override
    protected ProviderConfig config() {
        return defects().isEmpty() ? ProviderConfig.empty() : ProviderConfig.of(Map.of("defects", defects()));
    }

    @Override
    protected void invokeAnyVerb(ProbeProvider provider) {
        provider.echo("hello", verbTimeout());
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(ActivationFailure.withConfig(ProviderConfig.of(
                defects().isEmpty() ? Map.of("failActivation", true)
                        : Map.of("failActivation", true, "defects", defects()))));
    }

    @Override
    protected List<FacetCheck<ProbeProvider, ProbeCapabilities>> facets() {
        return List.of(FacetCheck.of("echoer", "supportsEcho", ProbeCapabilities::supportsEcho,
                ProbeProvider::echoer));
    }

    @Override
    protected Duration verbTimeout() {
        return Duration.ofSeconds(5);
    }
}
