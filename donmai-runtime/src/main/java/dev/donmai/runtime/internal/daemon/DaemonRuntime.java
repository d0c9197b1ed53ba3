package dev.donmai.runtime.internal.daemon;

import dev.donmai.runtime.api.SessionEngine;
import dev.donmai.runtime.api.SessionEngineConfig;
import dev.donmai.runtime.api.daemon.DaemonOptions;
import dev.donmai.runtime.api.daemon.DaemonStartException;
import dev.donmai.runtime.api.daemon.DaemonState;
import dev.donmai.runtime.api.daemon.LocalDaemon;
import dev.donmai.runtime.api.daemon.config.ConfigWatcher;
import dev.donmai.runtime.api.daemon.config.DaemonConfig;
import dev.donmai.runtime.api.daemon.config.DaemonSettings;
import dev.donmai.runtime.api.daemon.config.SessionSettings;
import dev.donmai.runtime.api.daemon.config.Orchestrator;
import dev.donmai.runtime.internal.daemon.state.CrashRecovery;
import dev.donmai.runtime.internal.daemon.state.ProcessTerminator;
import dev.donmai.runtime.internal.daemon.state.RecoveryLayout;
import dev.donmai.runtime.internal.daemon.state.StateStore;
import dev.donmai.runtime.internal.protocol.ProtocolWorker;
import dev.donmai.runtime.spi.AtomicFiles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running daemon behind {@link LocalDaemon}: the start sequence of host.md §5.1 and the shutdown of §5.2.
 * Every resource it opens is closed in reverse order on shutdown, and on a failed start before it is thrown.
 */
public final class DaemonRuntime implements LocalDaemon {

    private static final Logger LOG = LoggerFactory.getLogger(DaemonRuntime.class);
    private static final Duration RESPONSE_GRACE = Duration.ofSeconds(2);

    private final DaemonOptions options;
    private final Lifecycle lifecycle;
    private final AtomicReference<DaemonConfig> config;
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final CountDownLatch immediate = new CountDownLatch(1);
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final ScheduledExecutorService housekeeping;
    private DaemonLock lock;
    private StateStore store;
    private SessionEngine engine;
    private SessionSupervisor sessions;
    private ControlServer server;
    private final AtomicReference<ProtocolWorker> worker = new AtomicReference<>();
    private MachineIdentity identity;
    private LiveCapacity capacity;
    private boolean shutdownStarted;

    private DaemonRuntime(DaemonOptions options) {
        this.options = options;
        this.lifecycle = new Lifecycle(options.clock().instant());
        this.config = new AtomicReference<>(options.config());
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "daemon-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** See {@link LocalDaemon#start}. */
    public static LocalDaemon start(DaemonOptions options) {
        DaemonRuntime daemon = new DaemonRuntime(options);
        try {
            daemon.boot();
            return daemon;
        } catch (RuntimeException e) {
            daemon.release();
            throw e;
        }
    }

    private void boot() {
        if (!options.allowRemote() && !ControlServer.loopbackAddress(options.bindHost())) {
            throw new DaemonStartException(DaemonStartException.Kind.NON_LOOPBACK,
                    "refusing to bind non-loopback address " + options.bindHost() + " without --allow-remote");
        }
        try {
            AtomicFiles.createPrivateDirectories(options.home());
            lock = DaemonLock.tryAcquire(options.home()).orElseThrow(() -> new DaemonStartException(
                    DaemonStartException.Kind.LOCK_HELD, "another daemon is running (pid "
                    + DaemonLock.holder(options.home()).map(String::valueOf).orElse("unknown") + ")"));
            identity = MachineIdentity.loadOrMint(options.home(), options.clock());
            ControlToken token = ControlToken.mint(options.home());
            store = StateStore.open(options.home().resolve("state.db"), options.clock());
            DaemonSettings primary = config.get().primary();
            engine = SessionEngine.create(engineConfig(primary), options.registry());
            capacity = new LiveCapacity(engine, primary.capacity().maxConcurrentSessions(),
                    primary.capacity().poolMaxDiskGb());
            RoutingLog routing = new RoutingLog();
            sessions = new SessionSupervisor(engine, store, lifecycle, config::get, capacity, routing,
                    options.clock());
            StatusViews views = new StatusViews(new StatusViews.Sources(lifecycle, identity, options.version(),
                    options.hostname(), config::get, options.configPath(), capacity, sessions, store,
                    options.registry(), this::address, options.clock(), () -> Optional.ofNullable(worker.get())));
            ControlRoutes routes = new ControlRoutes(views, sessions, new WorkareaViews(options.home()), routing,
                    lifecycle, capacity, () -> config.get().primary().drain().timeoutSeconds(),
                    () -> shutdown(true), options.clock());
            server = new ControlServer(routes.routes(), token, lifecycle::state, options.bindHost(),
                    options.allowRemote());
            server.start(options.port());
            MetricsServer.start(primary.observability().metricsPort(), views, lifecycle, sessions, capacity,
                    options.version()).ifPresent(opened::add);
            LOG.atInfo().addKeyValue("event", "daemon-bound").addKeyValue("address", address().getHostString() + ":" + address().getPort())
                    .addKeyValue("machineId", identity.machineId()).log("control API listening");
        } catch (IOException e) {
            throw new DaemonStartException(DaemonStartException.Kind.STATE_UNUSABLE,
                    "cannot use state home " + options.home() + ": " + e.getMessage(), e);
        }
        lifecycle.enter(DaemonState.RECOVERING);
        new CrashRecovery(store, RecoveryLayout.of(options.home(), engineConfig(config.get().primary()).worktreeDir()),
                ProcessTerminator.processGroups(),
                Duration.ofSeconds(config.get().primary().session().killGraceSeconds()), options.clock()).run();
        lifecycle.enter(DaemonState.READY);
        startProtocol();
        options.reloadSource().ifPresent(source -> opened.add(ConfigWatcher.start(source, config::get, config::set)));
        housekeeping.scheduleWithFixedDelay(sessions::purge, 1, 60, TimeUnit.SECONDS);
    }

    /** The worker protocol client when {@code orchestrator.url} is http(s) and not stub (protocol.md §1). */
    private void startProtocol() {
        Orchestrator orchestrator = config.get().primary().orchestrator();
        Optional<URI> url = orchestrator.url().filter(u -> "http".equalsIgnoreCase(u.getScheme())
                || "https".equalsIgnoreCase(u.getScheme()));
        if (url.isEmpty() || orchestrator.stubRegistration()) {
            return;
        }
        String brand = options.engineBase().envPrefix().toLowerCase(Locale.ROOT);
        DaemonWorkerHost host = new DaemonWorkerHost(lifecycle, sessions, capacity, config, identity,
                options.hostname(), options.version());
        ProtocolWorker started = ProtocolWorker.start(url.get(), () -> config.get().primary().orchestrator().authToken(),
                orchestrator.signingKeys(), options.home(), store, host, brand + "-daemon/" + options.version(),
                options.timings(), options.clock());
        worker.set(started);
        sessions.onReports(started::wakeOutbox);
        sessions.onEvents(started::sessionEvent);
    }

    private SessionEngineConfig engineConfig(DaemonSettings settings) {
        SessionSettings s = settings.session();
        return options.engineBase().toBuilder()
                .defaultHarness(s.defaultHarness())
                .noProgressTimeoutSeconds(s.noProgressTimeoutSeconds())
                .noProgressToolTimeoutSeconds(s.noProgressToolTimeoutSeconds())
                .defaultMaxDurationSeconds(s.defaultMaxDurationSeconds())
                .killGraceSeconds(s.killGraceSeconds())
                .baseEnv(s.baseEnv())
                .envBlocklist(s.envBlocklist())
                .defaultMaxCostUsd(s.defaultMaxCostUsd().orElse(null))
                .defaultMaxTokens(s.defaultMaxTokens().orElse(null))
                .gitAuthorName(settings.git().authorName())
                .gitAuthorEmail(settings.git().authorEmail())
                .backstopExcludeGlobs(settings.backstop().excludeGlobs())
                .poolEnabled(settings.workarea().poolEnabled())
                .poolMaxReadyPerKey(settings.workarea().poolMaxReadyPerKey())
                .modelAccess(settings.modelAccess())
                .maxConcurrentSessions(settings.capacity().maxConcurrentSessions())
                .build();
    }

    @Override
    public DaemonState state() {
        return lifecycle.state();
    }

    @Override
    public InetSocketAddress address() {
        return server.address();
    }

    @Override
    public void shutdown(boolean now) {
        synchronized (this) {
            if (now) {
                immediate.countDown();
            } else if (shutdownStarted) {
                immediate.countDown();
            }
            if (shutdownStarted) {
                return;
            }
            shutdownStarted = true;
        }
        Thread thread = new Thread(this::shutdownSequence, "daemon-shutdown");
        thread.setDaemon(false);
        thread.start();
    }

    private void shutdownSequence() {
        lifecycle.beginShutdown();
        Optional.ofNullable(worker.get()).ifPresent(ProtocolWorker::stopPolling);
        int timeout = config.get().primary().drain().timeoutSeconds();
        LOG.atInfo().addKeyValue("event", "shutdown-started").addKeyValue("active", sessions.active())
                .addKeyValue("drainTimeoutSeconds", timeout).log("shutting down");
        try {
            // A second signal (or /stop) counts the latch down and ends the wait early.
            sessions.awaitIdle(Duration.ofSeconds(timeout), millis -> {
                if (immediate.await(millis, TimeUnit.MILLISECONDS)) {
                    throw new InterruptedException("stop now");
                }
            });
        } catch (InterruptedException stopNow) {
            // Whatever is still running is stopped below, at once.
        }
        if (sessions.active() > 0) {
            LOG.atWarn().addKeyValue("event", "shutdown-stopping-sessions").addKeyValue("active", sessions.active())
                    .log("stopping the sessions still running");
        }
        engine.close();
        lifecycle.enter(DaemonState.STOPPED);
        closeQuietly(worker.getAndSet(null));
        release();
        LOG.atInfo().addKeyValue("event", "daemon-stopped").log("daemon stopped");
        exit.complete(0);
    }

    /** Closes whatever was opened, newest first; safe after a partial start. */
    private void release() {
        housekeeping.shutdownNow();
        closeQuietly(worker.getAndSet(null));
        for (int i = opened.size() - 1; i >= 0; i--) {
            closeQuietly(opened.get(i));
        }
        if (server != null) {
            server.close(RESPONSE_GRACE);
        }
        if (engine != null) {
            engine.close();
        }
        closeQuietly(store);
        closeQuietly(lock);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.atWarn().setCause(e).addKeyValue("event", "close-failed").log("could not close {}",
                    closeable.getClass().getSimpleName());
        }
    }

    @Override
    public int awaitExit() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            return 1;
        }
    }

    @Override
    public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(1);
        }
    }

    @Override
    public void close() {
        shutdown(true);
        try {
            awaitExit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
