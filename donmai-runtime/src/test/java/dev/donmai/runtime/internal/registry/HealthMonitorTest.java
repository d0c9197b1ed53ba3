package dev.donmai.runtime.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.Provider;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.runtime.fakes.FakeCapabilities;
import dev.donmai.runtime.fakes.FakeProvider;
import dev.donmai.runtime.fakes.FakeProviderFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One poll round at a time, without a scheduler. */
class HealthMonitorTest {

    private final FakeProvider fake = FakeProviderFactory.sandbox("box").create(ProviderConfig.empty());
    private final LoadedProvider loaded = new LoadedProvider(fake, fake.scope(), 0);
    private final HealthMonitor monitor = new HealthMonitor(() -> List.of(loaded), Duration.ofSeconds(1));

    @Test
    void inactiveProvidersAreNotPolled() {
        fake.reportHealth(new ProviderHealth.Unhealthy("down"));

        monitor.pollOnce();

        assertThat(loaded.inRotation()).isTrue();
    }

    @Test
    void degradedNeedsTwoRounds() {
        loaded.markActive(true);
        fake.reportHealth(new ProviderHealth.Degraded("slow", null));

        monitor.pollOnce();
        assertThat(loaded.inRotation()).isTrue();
        monitor.pollOnce();
        assertThat(loaded.inRotation()).isFalse();
    }

    @Test
    void aThrowingHealthCheckCountsAsUnhealthy() {
        LoadedProvider failing = new LoadedProvider(new ThrowingHealth(fake), fake.scope(), 1);
        failing.markActive(true);

        new HealthMonitor(() -> List.of(failing), Duration.ofSeconds(1)).pollOnce();

        assertThat(failing.inRotation()).isFalse();
    }

    @Test
    void deactivationResetsRotation() {
        loaded.markActive(true);
        fake.reportHealth(new ProviderHealth.Unhealthy("down"));
        monitor.pollOnce();
        assertThat(loaded.inRotation()).isFalse();

        loaded.markActive(false);

        assertThat(loaded.inRotation()).isTrue();
    }

    /** A fake whose health check throws. */
    private record ThrowingHealth(FakeProvider delegate) implements Provider<FakeCapabilities> {
        @Override
        public ProviderManifest<FakeCapabilities> manifest() {
            return delegate.manifest();
        }

        @Override
        public ProviderScope scope() {
            return delegate.scope();
        }

        @Override
        public Optional<ProviderSignature> signature() {
            return Optional.empty();
        }

        @Override
        public void activate(ProviderHost host, Duration timeout) {
        }

        @Override
        public void deactivate(Duration timeout) {
        }

        @Override
        public ProviderHealth health(Duration timeout) {
            throw new IllegalStateException("probe crashed");
        }
    }
}
