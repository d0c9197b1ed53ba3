package dev.donmai.providers.tck.fakes;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.agent.SessionResumer;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.providers.tck.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A harness without a process: each spawn plays an in-process script of native events on the host scheduler,
 * through a small normaliser that enforces the stream rules. The script is the {@link Scenario} named by the spec's
 * {@value #SCENARIO_ENV} variable ({@code SUCCEED_WITH_TEXT} when absent).
 */
public final class FakeHarnessProvider extends FakeProvider<HarnessCapabilities> implements HarnessProvider {

    /** The spawn environment variable naming the {@link Scenario} to play. */
    public static final String SCENARIO_ENV = "DONMAI_FAKE_SCENARIO";

    private final Set<FakeAgentSession> open = ConcurrentHashMap.newKeySet();
    private long counter;

    FakeHarnessProvider(ProviderManifest<HarnessCapabilities> manifest, ProviderScope scope) {
        super(manifest, scope);
    }

    @Override
    public AgentSession spawn(SpawnSpec spec, Duration timeout) {
        return start(spec, null, "spawn");
    }

    @Override
    public Optional<SessionResumer> resumer() {
        return Optional.of((spec, nativeSessionId, timeout) -> start(spec, nativeSessionId, "resume"));
    }

    @Override
    protected void onDeactivate() {
        List.copyOf(open).forEach(FakeAgentSession::close);
    }

    private AgentSession start(SpawnSpec spec, String resumedNativeId, String verb) {
        ProviderHost host;
        String nativeId;
        synchronized (this) {
            host = enter(verb);
            capabilities().requireHonoured(spec);
            nativeId = resumedNativeId != null ? resumedNativeId : "fake-native-" + (++counter);
        }
        Scenario scenario = scenario(spec);
        FakeAgentSession session = new FakeAgentSession(spec.key(), nativeId, host, FakeScripts.of(scenario),
                open::remove);
        open.add(session);
        session.start();
        return session;
    }

    private static Scenario scenario(SpawnSpec spec) {
        String name = spec.env().get(SCENARIO_ENV);
        if (name == null) {
            return Scenario.SUCCEED_WITH_TEXT;
        }
        try {
            return Scenario.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProviderException.ContractViolation(ProviderException.ViolationCode.INVALID_VALUE, "env");
        }
    }
}
