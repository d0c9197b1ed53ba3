package dev.donmai.providers.local;

import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.ForwardingProviderHost;
import dev.donmai.providers.tck.SandboxProviderContractTest;
import dev.donmai.providers.tck.TckHost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The TCK's sandbox checks (contracts.md §6) against the {@code local} provider with its default configuration. */
class LocalSandboxProviderContractTest extends SandboxProviderContractTest<LocalSandboxProvider> {

    /** An organization whose directory cannot be created: a plain file sits where it would go. */
    private static final String BLOCKED_ORGANIZATION = "tck-blocked-org";

    @Override
    protected ProviderFactory factory() {
        return new LocalSandboxProviderFactory();
    }

    @Override
    protected void prepareHost(TckHost host) {
        Path sandboxes = host.dataDir().resolve(LocalSandboxProvider.DEFAULT_ROOT);
        try {
            Files.createDirectories(sandboxes);
            Files.writeString(sandboxes.resolve(BLOCKED_ORGANIZATION), "in the way");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Provisioning fails after the handle exists: the organization's directory cannot be created. */
    @Override
    protected Optional<SandboxSpec> failingSpec(SessionKey session) {
        return Optional.of(SandboxSpec.minimal(new SessionKey(BLOCKED_ORGANIZATION, session.sessionId()),
                ScopeTarget.global(), Secret.of(REGISTRATION_TOKEN)));
    }

    /** Activation fails when the data directory is a plain file, so no sandbox root can be made under it. */
    @Override
    protected Optional<ActivationFailure> activationFailure() {
        return Optional.of(ActivationFailure.withHost(host -> new ForwardingProviderHost(host) {
            @Override
            public Path dataDir() {
                Path file = delegate().dataDir().resolve("not-a-directory");
                try {
                    if (!Files.exists(file)) {
                        Files.writeString(file, "a file");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return file;
            }
        }));
    }
}
