package dev.donmai.providers.agents;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.HarnessCapabilities;
import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.provider.Nullable;
import dev.donmai.contracts.provider.ProviderException;
import dev.donmai.contracts.provider.ProviderHealth;
import dev.donmai.contracts.provider.ProviderHost;
import dev.donmai.contracts.provider.ProviderManifest;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ProviderScope;
import dev.donmai.contracts.provider.ProviderSignature;
import dev.donmai.contracts.provider.Secret;
import dev.donmai.runtime.spi.harness.EventQueue;
import dev.donmai.runtime.spi.harness.LineParser;
import dev.donmai.runtime.spi.harness.ProcessAgentSession;
import dev.donmai.runtime.spi.process.GroupProcess;
import dev.donmai.runtime.spi.process.LaunchSpec;
import dev.donmai.runtime.spi.process.ProcessLauncher;
import dev.donmai.runtime.spi.process.Signal;
import dev.donmai.runtime.spi.process.StderrTail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every harness adapter shares: the provider lifecycle ({@code NotActive} outside activate/deactivate,
 * {@code Cancelled} for an interrupted caller), the {@code enabled} switch, the capability gate
 * ({@link HarnessCapabilities#requireHonoured}, before any process starts), and the spawn itself: the subclass's
 * {@link Invocation} is started in its own process group with the spec's environment plus its secret environment
 * (never in argv or a file), and wrapped in a {@link ProcessAgentSession} whose stderr goes to
 * {@code <cwd>/.agent/harness.stderr.log}. Deactivation kills every session still open.
 */
abstract class HarnessAdapter implements HarnessProvider {

    /** The stderr log of a session, relative to its working directory (sessions.md §6). */
    static final String STDERR_LOG = ".agent/harness.stderr.log";

    private final ProviderManifest<HarnessCapabilities> manifest;
    private final ProviderScope scope;
    protected final HarnessSettings settings;
    private final Set<ProcessAgentSession> open = ConcurrentHashMap.newKeySet();
    private @Nullable ProviderHost host;
    private @Nullable ProcessLauncher launcher;

    protected HarnessAdapter(ProviderManifest<HarnessCapabilities> manifest, ProviderScope scope,
            HarnessSettings settings) {
        this.manifest = Objects.requireNonNull(manifest, "manifest");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    // ---------------------------------------------------------------- subclass hooks

    /** The argv, extra environment and stdin for {@code spec}; may write files under {@code spec.cwd()/.agent}. */
    protected abstract Invocation invocation(SpawnSpec spec, @Nullable String resumeId, ProviderHost host)
            throws IOException;

    /** A fresh parser for one session. */
    protected abstract LineParser parser(SpawnSpec spec);

    /** Extra activation work (e.g. extracting a script); a throw leaves the provider inactive. */
    protected void onActivate(ProviderHost host) throws IOException {
    }

    // ---------------------------------------------------------------- Provider

    @Override
    public final ProviderManifest<HarnessCapabilities> manifest() {
        return manifest;
    }

    @Override
    public final ProviderScope scope() {
        return scope;
    }

    @Override
    public final Optional<ProviderSignature> signature() {
        return Optional.empty();
    }

    @Override
    public final synchronized void activate(ProviderHost host, Duration timeout) {
        Objects.requireNonNull(host, "host");
        if (this.host != null) {
            return;
        }
        try {
            if (settings.binaryConfigured() && settings.binaryIsPath()
                    && !Files.isExecutable(Path.of(settings.binary()))) {
                throw new IOException("the configured binary is not an executable file");
            }
            onActivate(host);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            throw new ProviderException.ActivationFailed(host.self(), e);
        }
        this.launcher = ProcessLauncher.detect(host.clock(), host.logger());
        this.host = host;
    }

    @Override
    public final void deactivate(Duration timeout) {
        synchronized (this) {
            if (host == null) {
                return;
            }
            host = null;
            launcher = null;
        }
        List<ProcessAgentSession> sessions = List.copyOf(open);
        sessions.forEach(ProcessAgentSession::close);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessAgentSession session : sessions) {
            session.awaitThreads(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
    }

    @Override
    public ProviderHealth health(Duration timeout) {
        if (!settings.enabled()) {
            return new ProviderHealth.Unhealthy("disabled by configuration");
        }
        if (settings.binaryIsPath() && !Files.isExecutable(Path.of(settings.binary()))) {
            return new ProviderHealth.Unhealthy("binary is not an executable file");
        }
        return ProviderHealth.READY;
    }

    @Override
    public AgentSession spawn(SpawnSpec spec, Duration timeout) {
        return launch(spec, null, "spawn");
    }

    /** Sessions spawned and not yet closed. */
    final int openSessions() {
        return open.size();
    }

    // ---------------------------------------------------------------- spawn

    /** Starts a session for {@code spec}, resuming {@code resumeId} when set. */
    protected final AgentSession launch(SpawnSpec spec, @Nullable String resumeId, String verb) {
        Objects.requireNonNull(spec, "spec");
        ProviderHost active;
        ProcessLauncher processes;
        synchronized (this) {
            if (host == null) {
                throw new ProviderException.NotActive(ProviderRef.of(manifest, scope.level()));
            }
            active = host;
            processes = launcher;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ProviderException.Cancelled(verb);
        }
        if (!settings.enabled()) {
            throw new ProviderException.Unavailable("harness " + manifest.id() + " is disabled", null);
        }
        capabilities().requireHonoured(spec);
        Invocation invocation;
        try {
            invocation = invocation(spec, resumeId, active);
        } catch (IOException | UncheckedIOException e) {
            throw new ProviderException.OperationFailed(verb, "prepare-failed", true, e);
        }
        GroupProcess process;
        try {
            process = processes.launch(new LaunchSpec(invocation.command(), spec.cwd(), environment(spec, invocation),
                    invocation.stdin()), active.threadFactory());
        } catch (IOException e) {
            throw new ProviderException.OperationFailed(verb, "spawn-failed", false, e);
        }
        ProcessAgentSession session;
        try {
            session = ProcessAgentSession.start(new ProcessAgentSession.Setup(spec.key(), process, parser(spec),
                    active.clock(), active.threadFactory(), StderrTail.toFile(spec.cwd().resolve(STDERR_LOG)),
                    EventQueue.DEFAULT_CAPACITY, open::remove));
        } catch (RuntimeException e) {
            process.signalGroup(Signal.KILL); // no session owns the process: it must not outlive this call
            throw new ProviderException.OperationFailed(verb, "spawn-failed", false, e);
        }
        open.add(session);
        return session;
    }

    /** The spec's environment, its secrets revealed for the child only, then the adapter's variables. */
    private static Map<String, String> environment(SpawnSpec spec, Invocation invocation) {
        Map<String, String> env = new LinkedHashMap<>(spec.env());
        for (Map.Entry<String, Secret> secret : spec.secretEnv().entrySet()) {
            env.put(secret.getKey(), secret.getValue().reveal());
        }
        env.putAll(invocation.env());
        return env;
    }

    // ---------------------------------------------------------------- helpers for subclasses

    /** The prompt with the initial context (if any) in front. */
    static String taskPrompt(SpawnSpec spec) {
        return spec.initialContext() == null || spec.initialContext().isBlank() ? spec.prompt()
                : spec.initialContext() + "\n\n" + spec.prompt();
    }

    /** For harnesses without a system-prompt option: base instructions, initial context and prompt in one text. */
    static String combinedPrompt(SpawnSpec spec) {
        String task = taskPrompt(spec);
        return spec.baseInstructions() == null || spec.baseInstructions().isBlank() ? task
                : spec.baseInstructions() + "\n\n" + task;
    }

    /** Writes {@code text} to {@code <cwd>/<relative>} (parents created, owner-only where supported). */
    static Path writeAgentFile(SpawnSpec spec, String relative, String text) throws IOException {
        Path file = spec.cwd().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /**
     * True when the session asked for a particular model. The engine asks endpoints for {@code default} when the spec
     * names none; then the CLI's own default applies and no model flag is passed.
     */
    protected static boolean namesAModel(SpawnSpec spec) {
        return !"default".equals(spec.endpoint().model());
    }
}
