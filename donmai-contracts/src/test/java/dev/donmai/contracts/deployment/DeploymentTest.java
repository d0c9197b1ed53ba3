package dev.donmai.contracts.deployment;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertLabelsCoverComponents;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.ProviderFamily;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DeploymentTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void capabilities() {
        assertLabelsCoverComponents(DeploymentCapabilities.class);
        DeploymentCapabilities caps = new DeploymentCapabilities(true, false, List.of("eu"));
        assertThat(caps.family()).isEqualTo(ProviderFamily.DEPLOYMENT);
        assertThat(caps.servesRegion("eu")).isTrue();
        assertThat(caps.servesRegion("us")).isFalse();
        assertInvalid(() -> new DeploymentCapabilities(false, false, List.of()), "regions");
    }

    @Test
    void statusWireNamesIncludeRejectedAndTerminality() {
        List<DeploymentStatus> all = List.of(DeploymentStatus.PENDING, new DeploymentStatus.InProgress("build"),
                new DeploymentStatus.Succeeded("https://app.example", NOW), new DeploymentStatus.Failed("boom", NOW),
                new DeploymentStatus.Rejected("environment frozen", NOW), new DeploymentStatus.RolledBack(null, NOW));
        assertThat(all.stream().map(DeploymentStatus::wire)).containsExactly("pending", "in-progress", "succeeded",
                "failed", "rejected", "rolled-back");
        assertThat(all.stream().map(DeploymentStatus::terminal))
                .containsExactly(false, false, true, true, true, true);
        assertThat(DeploymentStatus.class.getPermittedSubclasses()).hasSize(6);
        assertInvalid(() -> new DeploymentStatus.Rejected("", NOW), "reason");
        assertInvalid(() -> new DeploymentStatus.Succeeded("file:///x", NOW), "url");
    }

    @Test
    void requestAndRefValidate() {
        DeploymentRequest request = new DeploymentRequest(null, "staging", "abc123", null, Map.of("replicas", "2"));
        assertThat(request.parameters()).containsEntry("replicas", "2");
        assertInvalid(() -> new DeploymentRequest(null, " ", "abc", null, Map.of()), "environment");
        assertInvalid(() -> new DeploymentRef("cmd", "", "staging", NOW), "deploymentId");
        assertThat(Stream.of(new DeploymentRef("cmd", "d-1", "staging", NOW)).map(DeploymentRef::providerId))
                .containsExactly("cmd");
    }
}
