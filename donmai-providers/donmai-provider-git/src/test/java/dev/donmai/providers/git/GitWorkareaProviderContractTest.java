package dev.donmai.providers.git;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.providers.tck.ActivationFailure;
import dev.donmai.providers.tck.WorkareaProviderContractTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The TCK's workarea checks against the real git provider, state home in a temp directory. */
class GitWorkareaProviderContractTest extends WorkareaProviderContractTest<GitWorkareaProvider> {

    private Path stateHome;

    @Override
    protected ProviderFactory factory() {
        return new GitWorkareaProviderFactory();
    }

    @Override
    protected ProviderConfig config() {
        return ProviderConfig.of(values());
    }

    private Map<String, Object> values() {
        if (stateHome == null) {
            stateHome = scratchDir("state-home");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("stateHome", stateHome.toString());
        // Every check changes the source between acquires; the local-source check sees that, the interval need not.
        values.put("fetchIntervalSeconds", 60);
        // No background refill: the drift check must find exactly the member it drifted.
        values.put("pool.minReadyPerKey", 0);
        return values;
    }

    @Override
    protected Optional<ActivationFailure> activationFailure() {
        Map<String, Object> values = values();
        values.put("gitBinary", stateHome.resolve("no-such-git").toString());
        return Optional.of(ActivationFailure.withConfig(ProviderConfig.of(values)));
    }

    /** Members move to {@code cache/pool/<id>}: drift the one member there. */
    @Override
    protected void injectPoolDrift(Workarea released) {
        try (Stream<Path> members = Files.list(stateHome.resolve("cache").resolve("pool"))) {
            Path member = members.findFirst().orElseThrow(() -> new AssertionError("no pool member to drift"));
            Files.writeString(member.resolve("tck-drift.txt"), "drift", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
