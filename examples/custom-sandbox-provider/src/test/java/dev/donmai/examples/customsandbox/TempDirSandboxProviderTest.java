package dev.donmai.examples.customsandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.sandbox.SandboxHandle;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.sandbox.SandboxStatus;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.providers.tck.TckHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the TCK cannot know about this provider: templates, persistence, configuration limits. */
class TempDirSandboxProviderTest {

    private static final Duration T = Duration.ofSeconds(5);

    @Test
    void aTemplateSeedsTheWorkspaceAndTheTokenIsNeverWritten(@TempDir Path template) throws IOException {
        Files.writeString(template.resolve("hello.txt"), "hi");
        TempDirSandboxProvider provider = new TempDirSandboxProviderFactory().create(ProviderConfig.empty());
        try (TckHost host = TckHost.forProvider(provider)) {
            provider.activate(host, T);
            SandboxSpec spec = new SandboxSpec(SessionKey.local("s-1"), ScopeTarget.global(), null,
                    Secret.of("very-secret-token"), template.toString(), Map.of(), null, null, null, null, null, null);
            SandboxHandle handle = provider.provision(spec, T);
            Path workspace = host.dataDir().resolve("sandboxes").resolve(handle.externalId()).resolve("workspace");
            assertThat(workspace.resolve("hello.txt")).hasContent("hi");
            try (Stream<Path> files = Files.walk(host.dataDir())) {
                assertThat(files.filter(Files::isRegularFile).map(TempDirSandboxProviderTest::read))
                        .noneMatch(content -> content.contains("very-secret-token"));
            }
            provider.terminate(handle, T);
            assertThat(workspace).doesNotExist();
            provider.deactivate(T);
        }
    }

    @Test
    void statusSurvivesAReactivation() {
        TempDirSandboxProvider provider = new TempDirSandboxProviderFactory().create(ProviderConfig.empty());
        try (TckHost host = TckHost.forProvider(provider)) {
            provider.activate(host, T);
            SandboxHandle handle = provider.provision(SandboxSpec.minimal(SessionKey.local("s-2"),
                    ScopeTarget.global(), Secret.of("t")), T);
            provider.pauseResume().orElseThrow().pause(handle, T);
            provider.deactivate(T);
            TempDirSandboxProvider again = new TempDirSandboxProviderFactory().create(ProviderConfig.empty());
            again.activate(host, T);
            assertThat(again.status(handle, T)).isInstanceOf(SandboxStatus.Paused.class);
            again.deactivate(T);
        }
    }

    @Test
    void configurationIsValidatedAtCreate() {
        TempDirSandboxProviderFactory factory = new TempDirSandboxProviderFactory();
        assertThatThrownBy(() -> factory.create(ProviderConfig.of(Map.of("registrationUrl", "ftp://x.example/r"))))
                .isInstanceOfSatisfying(ProviderException.ContractViolation.class,
                        e -> assertThat(e.getMessage()).doesNotContain("ftp://"));
        assertThatThrownBy(() -> factory.create(ProviderConfig.of(Map.of("maxConcurrent", 99))))
                .isInstanceOf(ProviderException.ContractViolation.class);
        assertThat(factory.create(ProviderConfig.of(Map.of("maxConcurrent", 2))).observedCapabilities()
                .maxConcurrent()).isEqualTo(2);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
