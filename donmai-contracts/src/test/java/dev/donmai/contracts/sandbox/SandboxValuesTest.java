package dev.donmai.contracts.sandbox;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.Secret;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SandboxValuesTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void statusWireNamesAndTerminality() {
        SandboxStatus[] all = {SandboxStatus.PROVISIONING, SandboxStatus.READY, new SandboxStatus.Running(null),
                new SandboxStatus.Paused(NOW), new SandboxStatus.Terminated("requested", NOW),
                new SandboxStatus.Failed("image pull failed")};
        assertThat(Arrays.stream(all).map(SandboxStatus::wire))
                .containsExactly("provisioning", "ready", "running", "paused", "terminated", "failed");
        assertThat(Arrays.stream(all).map(SandboxStatus::terminal))
                .containsExactly(false, false, false, false, true, true);
        assertThat(SandboxStatus.class.getPermittedSubclasses()).hasSize(6);
    }

    @Test
    void statusValuesValidate() {
        assertInvalid(() -> new SandboxStatus.Terminated(" ", NOW), "reason");
        assertInvalid(() -> new SandboxStatus.Running(""), "workerSessionId");
        assertThat(new SandboxStatus.Running("w-1").workerSessionIdIfKnown()).contains("w-1");
    }

    @Test
    void transportsRefuseCredentialsInUrls() {
        assertInvalid(() -> new SandboxTransport.DialIn("https://user:pw@host/exec", null), "execUrl");
        assertInvalid(() -> new SandboxTransport.DialIn("relative/path", null), "execUrl");
        assertInvalid(() -> new SandboxTransport.DialOut("ws://orchestrator/register"), "registrationUrl");
        SandboxTransport.DialIn in = new SandboxTransport.DialIn("wss://10.0.0.5:7443/exec", Secret.of("tok-123"));
        assertThat(in.toString()).doesNotContain("tok-123");
        assertThat(in.authTokenIfAny()).contains(Secret.of("tok-123"));
    }

    @Test
    void transportModelAllowsMatchingTransports() {
        SandboxTransport in = new SandboxTransport.DialIn("https://h/exec", null);
        SandboxTransport out = new SandboxTransport.DialOut("https://orchestrator.example/register");
        assertThat(TransportModel.DIAL_IN.allows(in)).isTrue();
        assertThat(TransportModel.DIAL_IN.allows(out)).isFalse();
        assertThat(TransportModel.DIAL_OUT.allows(out)).isTrue();
        assertThat(TransportModel.DIAL_OUT.allows(in)).isFalse();
        assertThat(TransportModel.EITHER.allows(in)).isTrue();
        assertThat(TransportModel.EITHER.allows(null)).isFalse();
    }

    @Test
    void handleValidates() {
        SandboxTransport out = new SandboxTransport.DialOut("https://orchestrator.example/register");
        assertThat(new SandboxHandle("local", "pid-42", out, NOW).externalId()).isEqualTo("pid-42");
        assertInvalid(() -> new SandboxHandle("Local", "pid-42", out, NOW), "providerId");
        assertInvalid(() -> new SandboxHandle("local", "", out, NOW), "externalId");
    }

    @Test
    void capacitySnapshotNeverClaimsMoreThanTheCeiling() {
        assertThat(new CapacitySnapshot(2, 1, null, 0, false, NOW).maxConcurrent()).isNull();
        assertThat(new CapacitySnapshot(2, 1, 5, 3, true, NOW).estimatedAvailable()).isEqualTo(3);
        assertInvalid(() -> new CapacitySnapshot(2, 1, 5, 6, true, NOW), "estimatedAvailable");
        assertInvalid(() -> new CapacitySnapshot(-1, 0, null, 0, false, NOW), "provisionedActive");
    }
}
