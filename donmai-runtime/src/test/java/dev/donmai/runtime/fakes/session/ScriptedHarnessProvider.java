package dev.donmai.runtime.fakes.session;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StreamingTransport;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHealth;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A harness for runner tests: each spawn plays the {@link Script} registered for its session id (a bare success
 * when none is) on its own thread. No process. Remembers every spawn spec.
 */
public final class ScriptedHarnessProvider extends TestProvider<HarnessCapabilities> implements HarnessProvider {

    public static final HarnessCapabilities CAPS = HarnessCapabilities.builder("Scripted harness")
            .canRunHeadlessly(true)
            .streamingTransport(StreamingTransport.NDJSON)
            .drives(Set.of(WireProtocol.ANTHROPIC_MESSAGES))
            .drivesHosts(Set.of(ServingHost.DIRECT))
            .build();

    public final Map<String, Script> scripts = new ConcurrentHashMap<>();
    public final List<SpawnSpec> spawned = new CopyOnWriteArrayList<>();
    public final List<ScriptedAgentSession> sessions = new CopyOnWriteArrayList<>();
    private volatile ProviderHealth health = ProviderHealth.READY;

    public ScriptedHarnessProvider(String id) {
        super(SimpleFactory.manifest(id, CAPS));
    }

    public SimpleFactory<HarnessCapabilities> factory() {
        return new SimpleFactory<>(manifest(), () -> this);
    }

    public ScriptedHarnessProvider script(String sessionId, Script script) {
        scripts.put(sessionId, script);
        return this;
    }

    public ScriptedHarnessProvider health(ProviderHealth value) {
        health = value;
        return this;
    }

    @Override
    public ProviderHealth health(Duration timeout) {
        return health;
    }

    @Override
    public AgentSession spawn(SpawnSpec spec, Duration timeout) {
        spawned.add(spec);
        Script script = scripts.getOrDefault(spec.key().sessionId(), Script.of().init().success("done"));
        if (script.failSpawn) {
            throw new ProviderException.OperationFailed("spawn", "cannot-start", false);
        }
        ScriptedAgentSession session = new ScriptedAgentSession(spec, script, host.clock());
        sessions.add(session);
        session.start();
        return session;
    }
}
