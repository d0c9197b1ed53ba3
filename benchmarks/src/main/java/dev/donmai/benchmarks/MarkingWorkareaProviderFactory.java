package dev.donmai.benchmarks;

import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFactory;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.workarea.ReleaseMode;
import dev.donmai.contracts.workarea.ReleaseOutcome;
import dev.donmai.contracts.workarea.Workarea;
import dev.donmai.contracts.workarea.WorkareaCapabilities;
import dev.donmai.contracts.workarea.WorkareaProvider;
import dev.donmai.contracts.workarea.WorkareaSpec;
import dev.donmai.providers.git.GitWorkareaProviderFactory;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code git} workarea provider under another id ({@value #ID}), noting {@link System#nanoTime()} the moment
 * each acquire returns to the session runner: the end of step 2 (sessions.md §3), i.e. where step 3 starts. P2
 * registers it with the registry and names it as the engine's workarea provider; everything else is delegated.
 */
public final class MarkingWorkareaProviderFactory implements ProviderFactory {

    /** The provider id. */
    public static final String ID = "bench-git";

    /** Session id → nanoTime when its acquire returned. */
    static final Map<String, Long> ACQUIRED = new ConcurrentHashMap<>();

    private static final GitWorkareaProviderFactory GIT = new GitWorkareaProviderFactory();
    private static final ProviderManifest<WorkareaCapabilities> MANIFEST = ProviderManifest
            .builder(ID, GitWorkareaProviderFactory.VERSION, GIT.manifest().capabilitiesDeclared())
            .name("Git workareas (benchmark marker)")
            .description("The git workarea provider, noting when each acquire returns")
            .factory(MarkingWorkareaProviderFactory.class)
            .build();

    /** Needed by {@link java.util.ServiceLoader} and the registry. */
    public MarkingWorkareaProviderFactory() {
    }

    @Override
    public ProviderManifest<WorkareaCapabilities> manifest() {
        return MANIFEST;
    }

    @Override
    public WorkareaProvider create(ProviderConfig config) {
        return new Marking(GIT.create(config));
    }

    /** Delegates to the git provider; only {@link #acquire} adds the mark. */
    private static final class Marking implements WorkareaProvider {
        private final WorkareaProvider delegate;

        Marking(WorkareaProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public Workarea acquire(WorkareaSpec spec, Duration timeout) {
            Workarea workarea = delegate.acquire(spec, timeout);
            ACQUIRED.put(spec.session().sessionId(), System.nanoTime());
            return workarea;
        }

        @Override
        public ReleaseOutcome release(Workarea workarea, ReleaseMode mode, Duration timeout) {
            return delegate.release(workarea, mode, timeout);
        }

        @Override
        public ProviderManifest<WorkareaCapabilities> manifest() {
            return MANIFEST;
        }

        @Override
        public WorkareaCapabilities observedCapabilities() {
            return delegate.observedCapabilities();
        }

        @Override
        public ProviderScope scope() {
            return delegate.scope();
        }

        @Override
        public Optional<ProviderSignature> signature() {
            return Optional.empty();
        }

        @Override
        public void activate(ProviderHost host, Duration timeout) {
            delegate.activate(host, timeout);
        }

        @Override
        public void deactivate(Duration timeout) {
            delegate.deactivate(timeout);
        }

        @Override
        public ProviderHealth health(Duration timeout) {
            return delegate.health(timeout);
        }
    }
}
