package dev.donmai.examples.customsandbox;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.ForwardingProviderHost;
import dev.donmai.providers.tck.SandboxProviderContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the provider TCK's sandbox contract against {@link TempDirSandboxProvider}: everything a third party writes
 * to prove a provider is this subclass.
 */
class TempDirSandboxProviderContractTest extends SandboxProviderContractTest<TempDirSandboxProvider> {

    @Override
    protected ProviderFactory factory() {
        return new TempDirSandboxProviderFactory();
    }

    @Override
    protected ProviderConfig config() {
        return ProviderConfig.of(Map.of("registrationUrl", "https://orchestrator.example.org/api/workers/register",
                "maxConcurrent", 3));
    }

    /** A template directory that does not exist: the sandbox exists but is Failed. */
    @Override
    protected Optional<SandboxSpec> failingSpec(SessionKey session) {
        SandboxSpec s = spec(session);
        return Optional.of(new SandboxSpec(s.session(), s.scope(), null, s.registrationToken(),
                "/nonexistent/donmai-template", Map.of(), null, null, null, null, null, null));
    }

    /** A host whose data directory is a regular file: creating the sandboxes directory fails. */
    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(ActivationFailure.withHost(host -> new ForwardingProviderHost(host) {
            @Override
            public Path dataDir() {
                Path file = host.dataDir().resolve("not-a-directory");
                try {
                    if (!Files.exists(file)) {
                        Files.writeString(file, "x");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return file;
            }
        }));
    }
}
