package dev.donmai.providers.local;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.ScopeTarget;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.contracts.sandbox.SandboxSpec;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.providers.tck.MutableClock;
import dev.donmai.providers.tck.TckHost;
import dev.donmai.providers.tck.TckIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Providers on real {@link TckHost}s with a hand-moved clock; {@link #close()} deactivates and deletes them. */
final class LocalFixture implements AutoCloseable {

    static final Duration T = Duration.ofSeconds(10);
    static final String TOKEN = "local-test-registration-token-9d41b7";

    final MutableClock clock = new MutableClock(Instant.parse("2026-06-02T14:00:00Z"));
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private TckHost lastHost;

    /** A new active provider with {@code values} as configuration. */
    LocalSandboxProvider active(Map<String, Object> values) {
        LocalSandboxProvider provider = new LocalSandboxProviderFactory().create(ProviderConfig.of(values));
        TckHost host = host();
        provider.activate(host, T);
        closeables.add(() -> provider.deactivate(T));
        return provider;
    }

    /** A new host for the {@code local} provider on {@link #clock}. */
    TckHost host() {
        TckHost host = new TckHost(ProviderRef.of(new LocalSandboxProviderFactory().manifest(), ScopeLevel.GLOBAL),
                clock);
        closeables.add(host);
        lastHost = host;
        return host;
    }

    /** The host of the last {@link #active} or {@link #host()}. */
    TckHost lastHost() {
        return lastHost;
    }

    static SandboxSpec spec() {
        return spec(TckIds.sessionKey());
    }

    static SandboxSpec spec(SessionKey session) {
        return SandboxSpec.minimal(session, ScopeTarget.global(), Secret.of(TOKEN));
    }

    /** A spec with a maximum life and an idle timeout. */
    static SandboxSpec limited(Duration maxDuration, Duration idleTimeout) {
        SandboxSpec s = spec();
        return new SandboxSpec(s.session(), s.scope(), null, s.registrationToken(), null, Map.of(), null, maxDuration,
                idleTimeout, null, null, null);
    }

    @Override
    public void close() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }
}
