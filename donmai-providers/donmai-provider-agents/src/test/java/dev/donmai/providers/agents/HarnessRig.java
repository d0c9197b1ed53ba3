package dev.donmai.providers.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.providers.tck.StreamRules;
import dev.donmai.providers.tck.TckHost;
import dev.donmai.runtime.spi.harness.ProcessSessionInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One activated harness adapter on a real {@link TckHost}, with helpers to spawn and read sessions the way the
 * runtime does (bounded polls only). Closing the rig closes every session, deactivates the provider and deletes the
 * host's files.
 */
final class HarnessRig implements AutoCloseable {

    private static final AtomicInteger IDS = new AtomicInteger();
    /** Every event the helpers read, per session, so {@link #close()} can check whole streams against the rules. */
    private static final Map<AgentSession, List<AgentEvent>> SEEN = java.util.Collections.synchronizedMap(
            new java.util.IdentityHashMap<>());

    final HarnessProvider provider;
    final TckHost host;
    private final List<AgentSession> sessions = new ArrayList<>();

    private HarnessRig(HarnessProvider provider) {
        this.provider = provider;
        this.host = TckHost.forProvider(provider);
        provider.activate(host, Duration.ofSeconds(10));
    }

    /** An active adapter created by {@code factory} from {@code config}. */
    static HarnessRig of(ProviderFactory factory, Map<String, Object> config) {
        return new HarnessRig((HarnessProvider) factory.create(ProviderConfig.of(config)));
    }

    /** The fake CLI {@code name} ({@code claude}, {@code codex}, {@code opencode}) as {@code binary}. */
    static HarnessRig fake(String name) {
        ProviderFactory factory = switch (name) {
            case "claude" -> new ClaudeHarnessFactory();
            case "codex" -> new CodexHarnessFactory();
            case "opencode" -> new OpencodeHarnessFactory();
            default -> throw new IllegalArgumentException(name);
        };
        return of(factory, Map.of("binary", FakeClis.path(name).toString()));
    }

    /** A spec in {@code cwd} for the fake scenario {@code scenario}, with {@code PATH} and the pids dir set. */
    SpawnSpec.Builder spec(Path cwd, String scenario) {
        Map<String, String> env = new HashMap<>();
        env.put("FAKE_SCENARIO", scenario);
        env.put("PATH", FakeClis.searchPath());
        env.put("FAKE_PIDS_DIR", cwd.toString());
        return SpawnSpec.builder(key(), cwd, "Play " + scenario, endpoint(provider.capabilities())).env(env);
    }

    static SessionKey key() {
        return SessionKey.local("rig-" + ProcessHandle.current().pid() + "-" + IDS.incrementAndGet());
    }

    /** The first protocol and host the harness drives, local auth. */
    static EndpointBinding endpoint(HarnessCapabilities caps) {
        return new EndpointBinding("anthropic", "claude-sonnet-4-5", null, caps.drives().iterator().next(),
                caps.drivesHosts().iterator().next(), AuthMode.LOCAL, CostModel.FREE, false, List.of());
    }

    AgentSession spawn(SpawnSpec spec) {
        AgentSession session = provider.spawn(spec, Duration.ofSeconds(10));
        sessions.add(session);
        return session;
    }

    /** Reads until the terminal (or {@code within}); fails the test when no terminal arrives. */
    static List<AgentEvent> drain(AgentSession session, Duration within) {
        List<AgentEvent> events = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && !session.events().isFinished()) {
            session.events().next(Duration.ofMillis(50)).ifPresent(events::add);
        }
        seen(session).addAll(events);
        assertThat(events).as("events until the terminal").isNotEmpty();
        assertThat(events.get(events.size() - 1).isTerminal()).as("last event is terminal: %s", kinds(events))
                .isTrue();
        return events;
    }

    static List<AgentEvent> drain(AgentSession session) {
        return drain(session, Duration.ofSeconds(20));
    }

    /** The next event, waiting up to {@code within}. */
    static Optional<AgentEvent> next(AgentSession session, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && !session.events().isFinished()) {
            Optional<AgentEvent> event = session.events().next(Duration.ofMillis(50));
            if (event.isPresent()) {
                seen(session).add(event.get());
                return event;
            }
        }
        return Optional.empty();
    }

    private static List<AgentEvent> seen(AgentSession session) {
        return SEEN.computeIfAbsent(session, s -> new java.util.concurrent.CopyOnWriteArrayList<>());
    }

    static List<String> kinds(List<AgentEvent> events) {
        return events.stream().map(AgentEvent::kind).toList();
    }

    static <T extends AgentEvent> List<T> only(List<AgentEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static ProcessSessionInfo info(AgentSession session) {
        return (ProcessSessionInfo) session;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes the sessions and the provider, then checks every stream a test read to its terminal against stream rules
     * 1-3, 6 and 7 (the kit's {@link StreamRules}).
     */
    @Override
    public void close() {
        sessions.forEach(AgentSession::close);
        for (AgentSession session : sessions) {
            List<AgentEvent> events = SEEN.remove(session);
            if (events != null && !events.isEmpty() && events.get(events.size() - 1).isTerminal()) {
                assertThat(StreamRules.violations(events)).as("stream rules over %s", kinds(events)).isEmpty();
            }
        }
        provider.deactivate(Duration.ofSeconds(10));
        host.close();
    }
}
