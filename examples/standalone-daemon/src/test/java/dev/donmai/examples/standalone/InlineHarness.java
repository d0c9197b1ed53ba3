package dev.donmai.examples.standalone;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.agent.StopMode;
import dev.donmai.contracts.agent.StreamingTransport;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.Capabilities;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.PullStream;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A process-less harness for tests that exercise the engine with the real workarea provider: each spawn runs
 * {@code work} in the workarea on a thread and ends with the terminal event it returns (after an {@code Init}).
 */
final class InlineHarness implements HarnessProvider {

    static final HarnessCapabilities CAPS = HarnessCapabilities.builder("Inline test harness")
            .canRunHeadlessly(true).streamingTransport(StreamingTransport.NDJSON)
            .drives(new LinkedHashSet<>(List.of(WireProtocol.ANTHROPIC_MESSAGES)))
            .drivesHosts(new LinkedHashSet<>(List.of(ServingHost.DIRECT, ServingHost.OAUTH_CLI))).build();

    private final ProviderManifest<HarnessCapabilities> manifest;
    private volatile Function<Path, AgentEvent.Terminal> work = wa -> AgentEvent.Result.success(
            java.time.Instant.now(), "done");
    private volatile ProviderHost host;

    InlineHarness(String id) {
        manifest = ProviderManifest.builder(id, "1.0.0", CAPS).factory(Factory.class).build();
    }

    InlineHarness doing(Function<Path, AgentEvent.Terminal> value) {
        work = value;
        return this;
    }

    ProviderFactory factory() {
        return new Factory(manifest, this);
    }

    @Override
    public ProviderManifest<HarnessCapabilities> manifest() {
        return manifest;
    }

    @Override
    public ProviderScope scope() {
        return ProviderScope.GLOBAL;
    }

    @Override
    public Optional<ProviderSignature> signature() {
        return Optional.empty();
    }

    @Override
    public void activate(ProviderHost host, Duration timeout) {
        this.host = host;
    }

    @Override
    public void deactivate(Duration timeout) {
    }

    @Override
    public AgentSession spawn(SpawnSpec spec, Duration timeout) {
        LinkedBlockingQueue<AgentEvent> queue = new LinkedBlockingQueue<>();
        Function<Path, AgentEvent.Terminal> job = work;
        Thread thread = new Thread(() -> {
            queue.add(new AgentEvent.Init(host.clock().instant(), "inline", "inline-model", List.of(), null, false));
            queue.add(job.apply(spec.cwd()));
        }, "inline-harness");
        thread.setDaemon(true);
        thread.start();
        return new AgentSession() {
            private volatile boolean done;

            @Override
            public SessionKey key() {
                return spec.key();
            }

            @Override
            public Optional<String> nativeSessionId() {
                return Optional.of("inline");
            }

            @Override
            public Optional<ProcessHandle> process() {
                return Optional.empty();
            }

            @Override
            public PullStream<AgentEvent> events() {
                return new PullStream<>() {
                    @Override
                    public Optional<AgentEvent> next(Duration wait) {
                        try {
                            AgentEvent e = queue.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
                            if (e != null && e.isTerminal()) {
                                done = true;
                            }
                            return Optional.ofNullable(e);
                        } catch (InterruptedException ex) {
                            Thread.currentThread().interrupt();
                            return Optional.empty();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return done;
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public void stop(StopMode mode, Duration grace) {
                queue.add(new AgentEvent.Error(host.clock().instant(), AgentEvent.Error.KILLED, mode.wire(), null,
                        false));
            }

            @Override
            public void close() {
                thread.interrupt();
            }
        };
    }

    /** Hands out the one harness instance. */
    static final class Factory implements ProviderFactory {
        private final ProviderManifest<HarnessCapabilities> manifest;
        private final InlineHarness harness;

        Factory(ProviderManifest<HarnessCapabilities> manifest, InlineHarness harness) {
            this.manifest = manifest;
            this.harness = harness;
        }

        @Override
        public ProviderManifest<? extends Capabilities> manifest() {
            return manifest;
        }

        @Override
        public InlineHarness create(ProviderConfig config) {
            return harness;
        }
    }
}
