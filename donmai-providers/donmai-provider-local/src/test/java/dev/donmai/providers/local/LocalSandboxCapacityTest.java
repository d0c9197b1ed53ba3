package dev.donmai.providers.local;

import static dev.donmai.providers.local.LocalFixture.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.sandbox.CapacitySnapshot;
import dev.donmai.contracts.sandbox.SandboxCapacityProbe;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.providers.tck.TckIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Capacity snapshots and the configured {@code maxConcurrent}. */
class LocalSandboxCapacityTest {

    private final LocalFixture fixture = new LocalFixture();

    @TempDir
    Path temp;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void withoutALimitLiveSandboxesAreCountedAndOnlyTheNextOneIsPromised() {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SandboxCapacityProbe probe = provider.capacityProbe().orElseThrow();
        assertThat(probe.capacity(T)).isEqualTo(new CapacitySnapshot(0, 0, null, 1, true, fixture.clock.instant()));

        SandboxHandle first = provider.provision(LocalFixture.spec(), T);
        SandboxHandle second = provider.provision(LocalFixture.spec(), T);
        provider.markRunning(second, "worker-1", T);
        assertThat(probe.capacity(T).provisionedActive()).isEqualTo(2);

        provider.terminate(first, T);
        CapacitySnapshot after = probe.capacity(T);
        assertThat(after.provisionedActive()).isEqualTo(1);
        assertThat(after.provisionedPaused()).isZero();
        assertThat(after.maxConcurrent()).as("declared unknown, so reported unknown").isNull();
        assertThat(after.estimatedAvailable()).isEqualTo(1);
    }

    @Test
    void aConfiguredLimitIsEnforcedAndShapesEstimatedAvailable() throws Exception {
        Path root = temp.resolve("root");
        LocalSandboxProvider provider = fixture.active(Map.of("root", root.toString(), "maxConcurrent", 2));
        SandboxCapacityProbe probe = provider.capacityProbe().orElseThrow();
        assertThat(probe.capacity(T).estimatedAvailable()).isEqualTo(2);

        SandboxHandle first = provider.provision(LocalFixture.spec(), T);
        assertThat(probe.capacity(T).estimatedAvailable()).isEqualTo(1);
        provider.provision(LocalFixture.spec(), T);
        assertThat(probe.capacity(T).estimatedAvailable()).isZero();

        assertThatThrownBy(() -> provider.provision(LocalFixture.spec(), T))
                .isInstanceOfSatisfying(ProviderException.Unavailable.class, e -> assertThat(e.retryable()).isTrue());
        assertThat(probe.capacity(T).provisionedActive()).isEqualTo(2);

        provider.terminate(first, T);
        assertThat(probe.capacity(T).estimatedAvailable()).isEqualTo(1);
        Files.writeString(root.resolve("blocked"), "in the way");
        SandboxHandle failed = provider.provision(LocalFixture.spec(new SessionKey("blocked", TckIds.next())), T);
        assertThat(probe.capacity(T).estimatedAvailable()).as("a failed sandbox holds no slot").isEqualTo(1);
        provider.terminate(failed, T);
        provider.provision(LocalFixture.spec(), T);
        assertThat(probe.capacity(T).estimatedAvailable()).isZero();
        assertThat(probe.capacity(T).maxConcurrent()).isNull();
    }

    @Test
    void anExpiredSandboxFreesItsSlot() {
        LocalSandboxProvider provider = fixture.active(Map.of("maxConcurrent", "1"));
        provider.provision(LocalFixture.limited(java.time.Duration.ofMinutes(5), null), T);
        assertThatThrownBy(() -> provider.provision(LocalFixture.spec(), T))
                .isInstanceOf(ProviderException.Unavailable.class);

        fixture.clock.advance(java.time.Duration.ofMinutes(5));

        assertThat(provider.capacityProbe().orElseThrow().capacity(T).estimatedAvailable()).isEqualTo(1);
        provider.provision(LocalFixture.spec(), T);
    }

    @Test
    void capacityIsAVerbOfAnActiveProvider() {
        LocalSandboxProvider provider = fixture.active(Map.of());
        SandboxCapacityProbe probe = provider.capacityProbe().orElseThrow();
        provider.deactivate(T);

        assertThatThrownBy(() -> probe.capacity(T)).isInstanceOf(ProviderException.NotActive.class);
    }
}
