package dev.donmai.providers.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.provider.Arch;
import dev.donmai.contracts.provider.Os;
import dev.donmai.contracts.sandbox.BillingModel;
import dev.donmai.contracts.sandbox.EgressDefault;
import dev.donmai.contracts.sandbox.IdleCostModel;
import dev.donmai.contracts.sandbox.RepositoryAuthorityEnforcement;
import dev.donmai.contracts.sandbox.SandboxCapabilities;
import dev.donmai.contracts.sandbox.TransportModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host's platform as the contracts name it, and the capabilities declared for it. */
class LocalPlatformTest {

    @Test
    void osNames() {
        assertThat(LocalPlatform.os("Linux")).contains(Os.LINUX);
        assertThat(LocalPlatform.os("Mac OS X")).contains(Os.MACOS);
        assertThat(LocalPlatform.os("Darwin")).contains(Os.MACOS);
        assertThat(LocalPlatform.os("Windows 11")).contains(Os.WINDOWS);
        assertThat(LocalPlatform.os("FreeBSD")).isEmpty();
        assertThat(LocalPlatform.os("")).isEmpty();
    }

    @Test
    void archNames() {
        assertThat(LocalPlatform.arch("amd64")).contains(Arch.X86_64);
        assertThat(LocalPlatform.arch("x86_64")).contains(Arch.X86_64);
        assertThat(LocalPlatform.arch("aarch64")).contains(Arch.ARM64);
        assertThat(LocalPlatform.arch("arm64")).contains(Arch.ARM64);
        assertThat(LocalPlatform.arch("riscv64")).isEmpty();
        assertThat(LocalPlatform.arch("x86")).isEmpty();
    }

    @Test
    void theManifestDeclaresThisJvmsPlatform() {
        SandboxCapabilities caps = new LocalSandboxProviderFactory().manifest().capabilitiesDeclared();

        assertThat(caps.os()).isEqualTo(LocalPlatform.os().orElseThrow());
        assertThat(caps.arch()).isEqualTo(LocalPlatform.arch().orElseThrow());
    }

    @Test
    void capabilitiesAreHonest() {
        SandboxCapabilities caps = LocalSandboxProviderFactory.capabilities(Os.MACOS, Arch.ARM64);

        assertThat(caps.transportModel()).isEqualTo(TransportModel.DIAL_OUT);
        assertThat(caps.os()).isEqualTo(Os.MACOS);
        assertThat(caps.arch()).isEqualTo(Arch.ARM64);
        assertThat(caps.idleCostModel()).isEqualTo(IdleCostModel.ZERO);
        assertThat(caps.billingModel()).isEqualTo(BillingModel.FIXED);
        assertThat(caps.egressDefault()).isEqualTo(EgressDefault.ALLOW_ALL);
        assertThat(caps.supportsCustomNetworkPolicy()).isFalse();
        assertThat(caps.repositoryAuthorityEnforcement()).isEqualTo(RepositoryAuthorityEnforcement.NONE);
        assertThat(caps.supportsGpu()).isFalse();
        assertThat(caps.regions()).isEqualTo(List.of("local"));
        assertThat(caps.supportsCapacityQuery()).isTrue();
        assertThat(caps.maxConcurrent()).isNull();
        assertThat(caps.supportsPauseResume()).isFalse();
        assertThat(caps.supportsLogStreaming()).isFalse();
        assertThat(caps.supportsFsSnapshot()).isFalse();
        assertThat(caps.isA2ARemote()).isFalse();
    }

    @Test
    void externalIdsCarryTheSessionAndRejectOtherShapes() {
        String id = ExternalIds.next(dev.donmai.contracts.session.SessionKey.local("s-1.a_b"));

        assertThat(id).matches("s-1\\.a_b-[0-9a-f]{8}");
        assertThat(ExternalIds.sessionIdOf(id)).contains("s-1.a_b");
        assertThat(ExternalIds.sessionIdOf("../x-0000abcd")).isEmpty();
        assertThat(ExternalIds.sessionIdOf("..-0000abcd")).isEmpty();
        assertThat(ExternalIds.sessionIdOf("abc")).isEmpty();
        assertThat(ExternalIds.sessionIdOf("a/b-0000abcd")).isEmpty();
        assertThat(ExternalIds.sessionIdOf(null)).isEmpty();
    }
}
