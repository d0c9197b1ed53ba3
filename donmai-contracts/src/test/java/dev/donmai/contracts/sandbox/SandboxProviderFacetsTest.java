package dev.donmai.contracts.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderEntry;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.PullStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SandboxProviderFacetsTest {

    /** A provider that overrides no facet. */
    static class Plain implements SandboxProvider {
        final SandboxCapabilities caps;

        Plain(SandboxCapabilities caps) {
            this.caps = caps;
        }

        @Override
        public ProviderManifest<SandboxCapabilities> manifest() {
            return ProviderManifest.builder("plain", "1.0.0", caps)
                    .entry(new ProviderEntry.Static("example.PlainFactory"))
                    .build();
        }

        @Override
        public ProviderScope scope() {
            return ProviderScope.GLOBAL;
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
        public SandboxHandle provision(SandboxSpec spec, Duration timeout) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SandboxStatus status(SandboxHandle handle, Duration timeout) {
            return SandboxStatus.READY;
        }

        @Override
        public SandboxStatus.Terminated terminate(SandboxHandle handle, Duration timeout) {
            return new SandboxStatus.Terminated("requested", Instant.EPOCH);
        }
    }

    @Test
    void facetsAreAbsentByDefault() {
        Plain plain = new Plain(SandboxFixtures.capabilities(false, false, false, null));
        assertThat(plain.pauseResume()).isEmpty();
        assertThat(plain.capacityProbe()).isEmpty();
        assertThat(plain.logs()).isEmpty();
        assertThat(plain.capabilities().supportsPauseResume()).isFalse();
    }

    @Test
    void aProviderOffersAFacetByOverridingIt() {
        SandboxLogs logs = (handle, timeout) -> new PullStream<>() {
            @Override
            public Optional<String> next(Duration wait) {
                return Optional.empty();
            }

            @Override
            public boolean isFinished() {
                return true;
            }

            @Override
            public void close() {
            }
        };
        SandboxProvider withLogs = new Plain(SandboxFixtures.capabilities(false, false, true, null)) {
            @Override
            public Optional<SandboxLogs> logs() {
                return Optional.of(logs);
            }
        };
        assertThat(withLogs.logs()).isPresent();
        assertThat(withLogs.logs().isPresent()).isEqualTo(withLogs.capabilities().supportsLogStreaming());
    }
}
