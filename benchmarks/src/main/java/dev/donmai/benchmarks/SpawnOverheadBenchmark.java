package dev.donmai.benchmarks;

import dev.donmai.contracts.agent.AgentSession;
import dev.donmai.contracts.agent.HarnessProvider;
import dev.donmai.contracts.agent.SpawnSpec;
import dev.donmai.contracts.model.AuthMode;
import dev.donmai.contracts.model.CostModel;
import dev.donmai.contracts.model.EndpointBinding;
import dev.donmai.contracts.model.ServingHost;
import dev.donmai.contracts.model.WireProtocol;
import dev.donmai.contracts.provider.ProviderConfig;
import dev.donmai.contracts.provider.ProviderFamily;
import dev.donmai.contracts.provider.ProviderRef;
import dev.donmai.contracts.provider.ScopeLevel;
import dev.donmai.contracts.provider.TrustMode;
import dev.donmai.contracts.session.AgentEvent;
import dev.donmai.contracts.session.SessionKey;
import dev.donmai.contracts.session.SessionSpec;
import dev.donmai.providers.agents.StubHarness;
import dev.donmai.providers.agents.StubHarnessFactory;
import dev.donmai.providers.tck.TckHost;
import dev.donmai.runtime.api.ProviderRegistry;
import dev.donmai.runtime.api.RegistryConfig;
import dev.donmai.runtime.api.SessionEngine;
import dev.donmai.runtime.api.SessionEngineConfig;
import dev.donmai.runtime.api.SessionListener;
import dev.donmai.runtime.api.SessionResult;
import dev.donmai.runtime.spi.harness.StubBehaviour;
import dev.donmai.runtime.spi.harness.StubOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * P2 spawn overhead (sessions.md §16): p50(runner: step 3 start → first parsed event) − p50(bare
 * {@code ProcessBuilder.start()} → first stdout line), for the bundled {@code stub} harness script, whose first
 * line is its {@code init} event. Three variants, interleaved run by run so that machine load hits them alike:
 * <dl>
 *   <dt>{@code runner}</dt>
 *   <dd>a real {@link SessionEngine} over a real {@link ProviderRegistry} (stub harness, git workarea provider, the
 *       agents module's host-session model endpoint), one session per run on a 10-file repository. Start: the
 *       moment the workarea provider's {@code acquire} returns to the runner ({@link MarkingWorkareaProviderFactory}),
 *       i.e. the end of step 2 — the engine has no step 3 of its own yet (credentials), so this is where step 3
 *       starts; the interval also holds the runner's own {@code git symbolic-ref} branch check that closes step 2.
 *       End: the first {@link SessionListener#onEvent} of the session, on the runner thread, after the event was
 *       parsed, normalised, redacted, written to {@code .agent/events.jsonl} and sent to the spine. Covers env
 *       composition, prompt rendering, endpoint selection, the adapter's spawn (setsid, own process group, stderr
 *       log) and stream handling.</dd>
 *   <dt>{@code bare}</dt>
 *   <dd>the same script with the same arguments, environment and working directory through a plain
 *       {@link ProcessBuilder}: start() → the first line read from its stdout.</dd>
 *   <dt>{@code adapter}</dt>
 *   <dd>(for the breakdown, no target) {@link HarnessProvider#spawn} of the stub adapter → the first event from
 *       {@link AgentSession#events()}.</dd>
 * </dl>
 * The script plays {@code silent-exit} (init, one text, exit 0) in every variant; what follows the first event is
 * not timed. Options: {@code --runs} (200), {@code --warmup} (10 per variant, not counted), {@code --target-ms} (50),
 * {@code --work-dir}, {@code --results}, {@code --keep}, {@code --fail-on-miss}.
 */
public final class SpawnOverheadBenchmark {

    static final String ID = "P2";
    static final String PREFIX = "DONMAI";
    private static final Duration T = Duration.ofMinutes(2);
    private static final StubOptions OPTIONS = StubOptions.DEFAULTS.withBehaviour(StubBehaviour.SILENT_EXIT);

    /** What to run. */
    record Options(int runs, int warmup, double targetMs, Path workParent, Path results, boolean keep) {

        static Options defaults() {
            return new Options(200, 10, 50.0, null, Results.DEFAULT, false);
        }
    }

    /** What a run measured, in milliseconds per run. */
    record Outcome(List<Map<String, Object>> figures, List<Double> runnerMs, List<Double> bareMs,
            List<Double> adapterMs, double overheadMs, boolean pass) {
    }

    private SpawnOverheadBenchmark() {
    }

    public static void main(String[] args) {
        Args a = Args.parse(args, Set.of("runs", "warmup", "target-ms", "work-dir", "results"),
                Set.of("keep", "fail-on-miss"));
        Options d = Options.defaults();
        Options o = new Options(a.integer("runs", d.runs()), a.integer("warmup", d.warmup()),
                a.number("target-ms", d.targetMs()), a.path("work-dir").orElse(null),
                a.path("results").orElse(d.results()), a.flag("keep"));
        Outcome outcome = run(o, System.err);
        Results.print(outcome.figures(), System.out);
        System.err.println("P2 results merged into " + o.results().toAbsolutePath());
        // The engine's and the registry's threads are not all daemons; the measurement is done.
        System.exit(!outcome.pass() && a.flag("fail-on-miss") ? 1 : 0);
    }

    /** Runs the benchmark; progress goes to {@code log}; the figures are merged into {@code o.results()}. */
    static Outcome run(Options o, PrintStream log) {
        Path work = Fs.tempDir(o.workParent(), "donmai-p2-");
        String loadBefore = MachineInfo.loadAverage();
        try {
            Path home = Files.createDirectories(work.resolve("home"));
            Map<String, String> baseEnv = Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                    "HOME", home.toString());
            GeneratedRepo.Made repo = GeneratedRepo.create(Files.createDirectories(work.resolve("repo")), 1, 10,
                    1024);
            Path script = extractStub(work.resolve("bin"));
            Path bareCwd = Files.createDirectories(work.resolve("bare-cwd"));
            Path adapterCwd = Files.createDirectories(work.resolve("adapter-cwd"));
            Map<String, String> stubEnv = new LinkedHashMap<>(baseEnv);
            stubEnv.put(PREFIX + "_STUB_OPTIONS", OPTIONS.toJson());
            List<String> argv = List.of("/bin/sh", script.toString(), PREFIX);

            List<Double> runnerMs = new ArrayList<>();
            List<Double> bareMs = new ArrayList<>();
            List<Double> adapterMs = new ArrayList<>();
            StubHarnessFactory stubFactory = new StubHarnessFactory();
            HarnessProvider adapter = (HarnessProvider) stubFactory.create(ProviderConfig.empty());
            Path stateHome = Files.createDirectories(work.resolve("state"));
            try (TckHost adapterHost = new TckHost(ProviderRef.of(stubFactory.manifest(), ScopeLevel.GLOBAL));
                    Runner runner = new Runner(stateHome, baseEnv, repo.bare())) {
                adapter.activate(adapterHost, T);
                try {
                    long start = System.nanoTime();
                    for (int i = 0; i < o.warmup() + o.runs(); i++) {
                        boolean counted = i >= o.warmup();
                        double bare = Stats.ms(bare(argv, stubEnv, bareCwd));
                        double viaAdapter = Stats.ms(adapter(adapter, adapterCwd, stubEnv, i));
                        double viaRunner = Stats.ms(runner.once("p2-" + i + "-" + Long.toHexString(System.nanoTime())));
                        if (counted) {
                            bareMs.add(bare);
                            adapterMs.add(viaAdapter);
                            runnerMs.add(viaRunner);
                        }
                        if ((i + 1) % 50 == 0) {
                            log.printf("P2: %d/%d runs (%.0f s)%n", i + 1, o.warmup() + o.runs(),
                                    (System.nanoTime() - start) / 1e9);
                        }
                    }
                } finally {
                    adapter.deactivate(T);
                }
            }
            double runnerP50 = Stats.median(runnerMs);
            double bareP50 = Stats.median(bareMs);
            double adapterP50 = Stats.median(adapterMs);
            double overhead = runnerP50 - bareP50;
            boolean pass = overhead <= o.targetMs();
            List<Map<String, Object>> figures = figures(o, runnerMs, bareMs, adapterMs, overhead, pass);
            Map<String, Object> machine = MachineInfo.describe(work);
            machine.put("loadAverageBefore", loadBefore);
            machine.put("loadAverageAfter", MachineInfo.loadAverage());
            Results.merge(o.results(), machine, figures);
            return new Outcome(figures, runnerMs, bareMs, adapterMs, overhead, pass);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!o.keep()) {
                Fs.deleteTree(work);
            }
        }
    }

    // ------------------------------------------------------------------ the variants

    /** {@code ProcessBuilder.start()} → the first stdout line; the rest is read and the exit awaited untimed. */
    static long bare(List<String> argv, Map<String, String> env, Path cwd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String first = out.readLine();
            long t1 = System.nanoTime();
            if (first == null || !first.contains("\"kind\":\"init\"")) {
                throw new IllegalStateException("the stub's first line is not its init event: " + first);
            }
            while (out.readLine() != null) {
                // drain
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the stub did not exit");
            }
            return t1 - t0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code spawn} → the first event of {@code events()}; the stream is drained and closed untimed. */
    static long adapter(HarnessProvider adapter, Path cwd, Map<String, String> env, int run) {
        SpawnSpec spec = SpawnSpec.builder(SessionKey.local("p2-adapter-" + run), cwd, "P2 spawn overhead",
                new EndpointBinding("bench", "bench-model", null, WireProtocol.ANTHROPIC_MESSAGES, ServingHost.DIRECT,
                        AuthMode.LOCAL, CostModel.FREE, false, List.of()))
                .env(env).build();
        long t0 = System.nanoTime();
        AgentSession session = adapter.spawn(spec, T);
        try (session) {
            Optional<AgentEvent> first = session.events().next(T);
            long t1 = System.nanoTime();
            if (first.isEmpty() || !(first.get() instanceof AgentEvent.Init init) || init.synthesized()) {
                throw new IllegalStateException("the adapter's first event is not the stub's init: " + first);
            }
            long deadline = System.nanoTime() + T.toNanos();
            while (!session.events().isFinished() && System.nanoTime() < deadline) {
                session.events().next(Duration.ofSeconds(1));
            }
            return t1 - t0;
        }
    }

    /** The session engine with the stub harness and the marking git workarea provider. */
    static final class Runner implements AutoCloseable {
        private final ProviderRegistry registry;
        private final SessionEngine engine;
        private final Path repository;

        Runner(Path stateHome, Map<String, String> daemonEnv, Path repository) {
            this.repository = repository;
            Map<String, Object> workarea = new LinkedHashMap<>();
            workarea.put("stateHome", stateHome.toString());
            workarea.put("pool.enabled", false);
            workarea.put("pool.minReadyPerKey", 0);
            registry = ProviderRegistry.create(RegistryConfig.builder(stateHome)
                    .trustMode(TrustMode.PERMISSIVE)
                    .providerDirectories(List.of())
                    .providerConfig(ProviderFamily.WORKAREA, MarkingWorkareaProviderFactory.ID,
                            ProviderConfig.of(workarea))
                    .build());
            registry.register(new MarkingWorkareaProviderFactory());
            registry.load();
            engine = SessionEngine.create(SessionEngineConfig.builder(stateHome)
                    .daemonEnv(daemonEnv)
                    .envPrefix(PREFIX)
                    .defaultHarness(StubHarness.ID)
                    .workareaProvider(MarkingWorkareaProviderFactory.ID)
                    .poolEnabled(false)
                    .killGraceSeconds(1)
                    .maxConcurrentSessions(1)
                    .build(), registry);
        }

        /** One session; returns step 3 start → first event at the listener, in nanoseconds. */
        long once(String sessionId) {
            AtomicLong firstAt = new AtomicLong();
            AtomicReference<AgentEvent> first = new AtomicReference<>();
            SessionListener listener = new SessionListener() {
                @Override
                public void onEvent(String id, AgentEvent event) {
                    if (firstAt.get() == 0) {
                        firstAt.set(System.nanoTime());
                        first.set(event);
                    }
                }
            };
            SessionSpec spec = SessionSpec.builder(sessionId)
                    .repository(repository.toString())
                    .ref(GeneratedRepo.BRANCH)
                    .harness(StubHarness.ID)
                    .harnessOptions(Map.of("behaviour", OPTIONS.behaviour().wire()))
                    .title("P2 spawn overhead")
                    .build();
            SessionResult result = engine.run(spec, listener);
            Long acquired = MarkingWorkareaProviderFactory.ACQUIRED.remove(sessionId);
            if (acquired == null || firstAt.get() == 0) {
                throw new IllegalStateException("session " + sessionId + " ended " + result.state() + " ("
                        + result.failureMode() + ": " + result.reason() + ") without "
                        + (acquired == null ? "an acquire" : "an event"));
            }
            if (!(first.get() instanceof AgentEvent.Init init) || init.synthesized()) {
                throw new IllegalStateException("the runner's first event is not the stub's init: " + first.get());
            }
            if (!StubHarness.ID.equals(result.harness())) {
                throw new IllegalStateException("session " + sessionId + " ran harness " + result.harness());
            }
            return firstAt.get() - acquired;
        }

        @Override
        public void close() {
            engine.close();
            registry.close();
        }
    }

    /** The bundled stub script, as the stub adapter extracts it (same bytes, mode 0700). */
    static Path extractStub(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve("donmai-stub.sh");
        try (InputStream in = StubHarness.class.getResourceAsStream("stub.sh")) {
            if (in == null) {
                throw new IOException("the stub script resource is missing");
            }
            Files.copy(in, target);
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        return target;
    }

    // ------------------------------------------------------------------ figures

    private static List<Map<String, Object>> figures(Options o, List<Double> runnerMs, List<Double> bareMs,
            List<Double> adapterMs, double overhead, boolean pass) {
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("harness", "stub (bundled script, behaviour silent-exit; first line = init event)");
        setup.put("runsPerVariant", runnerMs.size());
        setup.put("warmupPerVariant", o.warmup());
        setup.put("order", "interleaved: bare, adapter, runner per run");
        setup.put("workarea", "git provider (pool off), 10-file repository, released by outcome");

        Map<String, Object> f = Results.figure(ID, "spawn_overhead_p50_ms");
        f.put("value", Stats.round(overhead, 3));
        f.put("unit", "ms");
        f.put("runner_p50_ms", Stats.round(Stats.median(runnerMs), 3));
        f.put("bare_p50_ms", Stats.round(Stats.median(bareMs), 3));
        f.put("adapter_p50_ms", Stats.round(Stats.median(adapterMs), 3));
        f.put("target_ms", o.targetMs());
        f.put("comparison", "<=");
        f.put("pass", pass);
        f.put("runs", runnerMs.size());
        f.put("setup", setup);

        return List.of(f,
                variant("runner_first_event_ms", runnerMs,
                        "workarea acquire returned to the runner (end of step 2 = step 3 start) -> first "
                                + "SessionListener.onEvent"),
                variant("bare_first_line_ms", bareMs, "ProcessBuilder.start() -> first stdout line"),
                variant("adapter_first_event_ms", adapterMs,
                        "HarnessProvider.spawn (stub adapter) -> first AgentSession.events() element"));
    }

    private static Map<String, Object> variant(String metric, List<Double> ms, String measured) {
        Map<String, Object> f = Results.figure(ID, metric);
        f.put("value", Stats.round(Stats.median(ms), 3));
        f.put("unit", "ms");
        f.put("statistic", "p50");
        f.put("p95_ms", Stats.round(Stats.percentile(ms, 95), 3));
        f.put("min_ms", Stats.round(Stats.min(ms), 3));
        f.put("max_ms", Stats.round(Stats.max(ms), 3));
        f.put("runs", ms.size());
        f.put("measured", measured);
        return f;
    }
}
