package dev.donmai.contracts.sandbox;

import static dev.donmai.contracts.testsupport.ContractAssertions.assertInvalid;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertLabelsCoverComponents;
import static dev.donmai.contracts.testsupport.ContractAssertions.assertMissing;
import static dev.donmai.contracts.testsupport.ContractAssertions.wires;
import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.provider.ProviderFamily;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxCapabilitiesTest {

    @Test
    void labelsCoverEveryComponentInOrder() {
        assertLabelsCoverComponents(SandboxCapabilities.class);
        assertThat(SandboxCapabilities.LABELS).hasSize(19)
                .containsEntry("maxConcurrent", "Max concurrent sandboxes")
                .containsEntry("isA2ARemote", "Remote A2A agent");
    }

    @Test
    void familyIsSandbox() {
        assertThat(SandboxFixtures.capabilities(false, false, false, null).family()).isEqualTo(ProviderFamily.SANDBOX);
    }

    @Test
    void maxConcurrentNullMeansUnknownAndMustOtherwiseBePositive() {
        assertThat(SandboxFixtures.capabilities(false, false, false, null).maxConcurrent()).isNull();
        assertThat(SandboxFixtures.capabilities(false, false, false, 4).maxConcurrent()).isEqualTo(4);
        assertInvalid(() -> SandboxFixtures.capabilities(false, false, false, 0), "maxConcurrent");
    }

    @Test
    void regionsAreRequiredCopiedAndMatchWildcards() {
        List<String> regions = new ArrayList<>(List.of("eu-west-1"));
        SandboxCapabilities caps = new SandboxCapabilities(TransportModel.EITHER, true, false, false, null, 3600L,
                regions, Os.LINUX, Arch.ARM64, IdleCostModel.STORAGE_ONLY, BillingModel.ACTIVE_CPU, 2.5, 4096L, true,
                true, EgressDefault.ALLOWLIST, RepositoryAuthorityEnforcement.ISOLATED_READ_ONLY_V1, false, false);
        regions.add("us-east-1");
        assertThat(caps.regions()).containsExactly("eu-west-1");
        assertThat(caps.servesRegion("eu-west-1")).isTrue();
        assertThat(caps.servesRegion("us-east-1")).isFalse();
        assertThat(SandboxFixtures.capabilities(false, false, false, null).servesRegion("anywhere")).isTrue();

        assertInvalid(() -> new SandboxCapabilities(TransportModel.EITHER, false, false, false, null, null,
                List.of(), Os.LINUX, Arch.ARM64, IdleCostModel.ZERO, BillingModel.FIXED, null, null, false, false,
                EgressDefault.DENY_ALL, RepositoryAuthorityEnforcement.NONE, false, false), "regions");
    }

    @Test
    void limitsMustBePositiveAndEnumsPresent() {
        assertInvalid(() -> new SandboxCapabilities(TransportModel.EITHER, false, false, false, null, 0L,
                List.of("*"), Os.LINUX, Arch.ARM64, IdleCostModel.ZERO, BillingModel.FIXED, null, null, false, false,
                EgressDefault.DENY_ALL, RepositoryAuthorityEnforcement.NONE, false, false),
                "maxSessionDurationSeconds");
        assertInvalid(() -> new SandboxCapabilities(TransportModel.EITHER, false, false, false, null, null,
                List.of("*"), Os.LINUX, Arch.ARM64, IdleCostModel.ZERO, BillingModel.FIXED, Double.NaN, null, false,
                false, EgressDefault.DENY_ALL, RepositoryAuthorityEnforcement.NONE, false, false), "maxVCpu");
        assertMissing(() -> new SandboxCapabilities(null, false, false, false, null, null,
                List.of("*"), Os.LINUX, Arch.ARM64, IdleCostModel.ZERO, BillingModel.FIXED, null, null, false, false,
                EgressDefault.DENY_ALL, RepositoryAuthorityEnforcement.NONE, false, false), "transportModel");
    }

    @Test
    void enumWireSpellings() {
        assertThat(wires(TransportModel.class)).containsExactly("dial-in", "dial-out", "either");
        assertThat(wires(IdleCostModel.class)).containsExactly("zero", "storage-only", "metered");
        assertThat(wires(BillingModel.class)).containsExactly("wall-clock", "active-cpu", "invocation", "fixed");
        assertThat(wires(EgressDefault.class)).containsExactly("allow-all", "deny-all", "allowlist");
        assertThat(wires(RepositoryAuthorityEnforcement.class)).containsExactly("none", "isolated-read-only-v1");
    }
}
